import { afterEach, describe, expect, it } from 'vitest';
import { expectValidCard } from '../../support/adaptive-cards.ts';
import { contact } from '../../support/desk-harness.ts';
import {
  adaptiveCardInvoke,
  channelConversation,
  fetchTask,
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

const form = (extra: Record<string, string> = {}) => ({
  reservation: 'VM_RI_D2s_weu',
  quantity: '1',
  reason: 'Moving to Savings Plans',
  ...contact,
  country: 'GBR',
  ...extra,
});

describe('a refund in Teams, end to end', () => {
  it('goes from the message extension to a credited customer, with four eyes', async () => {
    h = await openTeams();
    const serviceUrl = h.connector.serviceUrl;
    // 1. "Refund a reservation" opens the form.
    const opened = await h.send(fetchTask({ commandId: 'refund', user: people.dev, serviceUrl }));
    expect(opened.status).toBe(200);
    const empty = taskCard(opened.body);
    expectValidCard(empty);
    expect(cardText(empty)).toContain('"id":"reservation"');
    expect(cardText(empty)).toContain('"value":"Dev"');

    // 2. "Update quote" re-quotes without closing; bad details come back at their fields.
    const quoted = taskCard(
      (
        await h.send(
          submitAction({
            commandId: 'refund',
            user: people.dev,
            serviceUrl,
            data: { ...form(), step: 'quote' },
          }),
        )
      ).body,
    );
    expectValidCard(quoted);
    expect(cardText(quoted)).toContain('$604.93');
    const bad = taskCard(
      (
        await h.send(
          submitAction({
            commandId: 'refund',
            user: people.dev,
            serviceUrl,
            data: { ...form({ email: 'dev-at-partner' }), step: 'submit' },
          }),
        )
      ).body,
    );
    expect(cardText(bad)).toContain('the email is not a valid address');
    expect((await h.desk.requests()).ok && (await h.desk.requests())).toMatchObject({ value: [] });

    // 3. Submitting posts the approval card in the conversation and closes the form.
    const submitted = await h.send(
      submitAction({
        commandId: 'refund',
        user: people.dev,
        serviceUrl,
        data: { ...form(), step: 'submit' },
      }),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body).toEqual({});
    const [posted] = await h.connector.waitFor('replyToActivity');
    const approval = activityCard(posted?.body);
    expectValidCard(approval);
    const approve = approval.actions?.find((a) => a.verb === 'approve');
    expect(approve?.type).toBe('Action.Execute');
    expect(cardText(approve)).toContain('"fallback":{"type":"Action.Submit"');
    const requestId = String(approve?.data?.value);
    expect((await h.desk.request(requestId))?.status).toBe('pending_approval');

    // 4. Approve: refused privately for the sales agent, then done once by an approver.
    const thread = channelConversation('1732790500001');
    const invoke = (user: typeof people.ana, verb: string, data: Record<string, unknown> = {}) =>
      h.send(
        adaptiveCardInvoke({
          verb,
          data: { kind: verb, value: requestId, ...data },
          user,
          serviceUrl,
          replyToId: '1732790500001',
          conversation: thread,
        }),
      );
    const refused = await invoke(people.dev, 'approve');
    expect(refused.status).toBe(400);
    expect(cardText(refused.body)).toContain('approve, reject or retry');
    const approved = await invoke(people.ana, 'approve');
    expect(approved.status).toBe(200);
    const updated = (approved.body as { value: unknown }).value;
    expectValidCard(updated as object);
    expect(cardText(updated)).toContain('Approved by Ana Silva');
    expect(cardText(updated)).not.toContain('"verb":"approve"');
    const [followUp] = await h.connector.waitFor('replyToActivity', 2);
    const request = await h.desk.request(requestId);
    expect(request?.status).toBe('filed');
    const followUpCard = activityCard(
      h.connector.calls('replyToActivity')[1]?.body ?? followUp?.body,
    );
    expectValidCard(followUpCard);
    for (const text of [
      request?.supportRequestId ?? '?',
      request?.reservationId ?? '?',
      request?.reservationOrderId ?? '?',
      'portal.azure.com',
    ])
      expect(cardText(followUpCard)).toContain(text);

    // 5. Settlement from the follow-up card; the approval card at the thread's root follows along.
    const recorded = await invoke(people.ben, 'recordMicrosoftRefund', {
      amount: '532.34',
      reference: 'CN-2026-0711',
    });
    expect(recorded.status).toBe(200);
    expect(cardText(recorded.body)).toContain('CN-2026-0711');
    const [rootUpdate] = await h.connector.waitFor('updateActivity');
    expect(rootUpdate?.activityId).toBe('1732790500001');
    await invoke(people.ben, 'recordCustomerCredit', { amount: '532.34', reference: 'INV-88213' });
    expect((await h.desk.request(requestId))?.status).toBe('credited_to_customer');
    expect((await h.desk.auditOf(requestId)).map((a) => [a.action, a.channel])).toEqual([
      ['submitted', 'teams'],
      ['refused', 'teams'],
      ['approved', 'teams'],
      ['filed', 'teams'],
      ['refunded_by_microsoft', 'teams'],
      ['credited_to_customer', 'teams'],
    ]);
  });
});
