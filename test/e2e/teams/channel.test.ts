import { afterEach, describe, expect, it } from 'vitest';
import { expectValidCard } from '../../support/adaptive-cards.ts';
import { contact } from '../../support/desk-harness.ts';
import {
  adaptiveCardInvoke,
  channelConversation,
  message,
  query,
  submitAction,
} from '../../support/teams-activities.ts';
import {
  activityCard,
  cardText,
  openTeams,
  people,
  type TeamsHarness,
  taskCard,
} from '../../support/teams-harness.ts';

let h: TeamsHarness;
afterEach(async () => h?.close());

const submitRefund = async (user = people.dev) => {
  const data = {
    reservation: 'VM_RI_D2s_weu',
    quantity: '1',
    reason: 'retired',
    ...contact,
    country: 'GBR',
    step: 'submit',
  };
  await h.send(
    submitAction({ commandId: 'refund', user, serviceUrl: h.connector.serviceUrl, data }),
  );
  const calls = await h.connector.waitFor('replyToActivity');
  const approve = activityCard(calls.at(-1)?.body).actions?.find((a) => a.verb === 'approve');
  return String(approve?.data?.value);
};
const thread = channelConversation('1732790500001');
const invoke = (
  user: typeof people.ana,
  verb: string,
  requestId: string,
  data: Record<string, unknown> = {},
) =>
  h.send(
    adaptiveCardInvoke({
      verb,
      data: { kind: verb, value: requestId, ...data },
      user,
      serviceUrl: h.connector.serviceUrl,
      replyToId: '1732790500001',
      conversation: thread,
    }),
  );

describe('Teams refusals and duplicates', () => {
  it('refuses self-approval and changes nothing', async () => {
    h = await openTeams();
    const id = await submitRefund(people.ana);
    const r = await invoke(people.ana, 'approve', id);
    expect(r.status).toBe(400);
    expect(cardText(r.body)).toContain('four eyes');
    expect((await h.desk.request(id))?.status).toBe('pending_approval');
  });

  it('refuses people outside the directory, in chat and on cards', async () => {
    h = await openTeams();
    await h.send(
      message({ text: 'help', user: people.stranger, serviceUrl: h.connector.serviceUrl }),
    );
    const [reply] = await h.connector.waitFor('replyToActivity');
    expect(cardText(reply?.body)).toContain("not in Reservation Desk's agent directory");
    const id = await submitRefund();
    expect((await invoke(people.stranger, 'approve', id)).status).toBe(400);
  });

  it('files once however often the same approval arrives, showing the decision each time', async () => {
    h = await openTeams();
    const id = await submitRefund();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => invoke(people.ana, 'approve', id)),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    for (const r of results) expect(cardText(r.body)).toContain('Approved by Ana Silva');
    expect(h.support.calls).toBe(1);
  });

  it('needs a reason to reject', async () => {
    h = await openTeams();
    const id = await submitRefund();
    expect((await invoke(people.ben, 'reject', id, { rejectReason: '' })).status).toBe(400);
    const r = await invoke(people.ben, 'reject', id, { rejectReason: 'Customer keeps it' });
    expect(cardText(r.body)).toContain('Rejected by Ben Okafor: Customer keeps it');
  });

  it('handles the Action.Submit fallback of older clients by updating the card in place', async () => {
    h = await openTeams();
    const id = await submitRefund();
    const fallback = {
      ...message({
        text: '',
        user: people.ana,
        serviceUrl: h.connector.serviceUrl,
        conversation: thread,
      }),
      value: { kind: 'approve', value: id, verb: 'approve' },
      replyToId: '1732790500001',
    };
    expect((await h.send(fallback)).status).toBe(200);
    const [update] = await h.connector.waitFor('updateActivity');
    expect(update?.activityId).toBe('1732790500001');
    expect((await h.desk.request(id))?.status).toBe('filed');
  });
});

describe('Teams conversation and search', () => {
  it('answers the grammar in chat with Adaptive Cards, with @mentions in channels', async () => {
    h = await openTeams();
    await h.send(
      message({
        text: 'show VM_RI_D2s_weu',
        user: people.dev,
        serviceUrl: h.connector.serviceUrl,
        conversation: thread,
      }),
    );
    const [reply] = await h.connector.waitFor('replyToActivity');
    const card = activityCard(reply?.body);
    expectValidCard(card);
    expect(cardText(card)).toContain('Reservation order ID');
    await h.send(
      message({ text: 'lsit contoso', user: people.dev, serviceUrl: h.connector.serviceUrl }),
    );
    const calls = await h.connector.waitFor('replyToActivity', 2);
    expect(cardText(calls[1]?.body)).toContain('Did you mean \\"list\\"?');
  });

  it('finds reservations by customer, name or ID for the search command', async () => {
    h = await openTeams();
    const r = await h.send(
      query({
        commandId: 'findReservation',
        query: 'contoso',
        user: people.dev,
        serviceUrl: h.connector.serviceUrl,
      }),
    );
    const result = (
      r.body as {
        composeExtension: { type: string; attachments: { content: object; preview: unknown }[] };
      }
    ).composeExtension;
    expect(result.type).toBe('result');
    expect(result.attachments.length).toBeGreaterThan(0);
    for (const a of result.attachments) expectValidCard(a.content);
    expect(cardText(result.attachments[0]?.preview)).toContain('VM_RI_D2s_weu');
  });

  it('opens the exchange form and refuses a new total below the minimum at its field', async () => {
    h = await openTeams({ now: '2026-07-10T09:00:00Z' });
    const data = {
      reservation: 'VM_RI_D2s_weu',
      quantity: '2',
      newTotal: '1000.00',
      reason: 'bigger',
      ...contact,
      country: 'GBR',
      step: 'submit',
    };
    const r = await h.send(
      submitAction({
        commandId: 'exchange',
        user: people.dev,
        serviceUrl: h.connector.serviceUrl,
        data,
      }),
    );
    const card = taskCard(r.body);
    expectValidCard(card);
    expect(cardText(card)).toContain('at least 1209.86 USD');
    const ok = await h.send(
      submitAction({
        commandId: 'exchange',
        user: people.dev,
        serviceUrl: h.connector.serviceUrl,
        data: { ...data, newTotal: '5000.00' },
      }),
    );
    expect(ok.body).toEqual({});
    const requests = await h.desk.requests();
    expect(requests.ok && requests.value[0]).toMatchObject({
      kind: 'exchange',
      newPurchase: { total: '5000.00' },
    });
  });
});

describe('the Teams endpoint', () => {
  it('refuses a request without credentials when an app ID is configured (401)', async () => {
    h = await openTeams({ auth: 'on' });
    const r = await h.send(
      message({ text: 'help', user: people.dev, serviceUrl: h.connector.serviceUrl }),
    );
    expect(r.status).toBe(401);
    expect(h.logs.join('\n')).not.toContain('app-password-secret');
  });

  it('refuses malformed activities with 400 and stays up', async () => {
    h = await openTeams();
    for (const body of ['not json', '{"text":"no type"}', '[]']) {
      const r = await fetch(h.messagesUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(r.status).toBe(400);
    }
    const ok = await h.send(
      message({ text: 'help', user: people.dev, serviceUrl: h.connector.serviceUrl }),
    );
    expect(ok.status).toBe(200);
  });

  it('warns at start that unauthenticated Teams is for development only', async () => {
    h = await openTeams();
    expect(h.logs.join('\n')).toContain('teams_unauthenticated');
  });
});
