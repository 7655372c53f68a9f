import { afterEach, describe, expect, it } from 'vitest';
import { teamsRequest, twoCustomers } from '../support/chat-requests.ts';
import {
  adaptiveCardInvoke,
  channelConversation,
  message,
  personalConversation,
  type TeamsConversation,
} from '../support/teams-activities.ts';
import { cardText, openTeams, people, type TeamsHarness } from '../support/teams-harness.ts';

// Teams: an Action.Execute invoke (or its Action.Submit fallback) whose data names a request the
// card did not carry: refused, nothing changes, audited on the request it names.

let h: TeamsHarness;
afterEach(async () => h?.close());

const tampered = 'This button was not made by Reservation Desk for this conversation';
const thread = channelConversation('1732790500001');

const approveAs = (data: Record<string, unknown>, conversation: TeamsConversation = thread) =>
  h.send(
    adaptiveCardInvoke({
      verb: 'approve',
      data,
      user: people.ana,
      serviceUrl: h.connector.serviceUrl,
      replyToId: '1732790500001',
      conversation,
    }),
  );

describe('a Teams card action naming another request', () => {
  it('is refused, changes nothing, and is audited on the request it names', async () => {
    h = await openTeams({ file: twoCustomers });
    const contoso = await teamsRequest(h, { user: people.dev, reservation: 'VM_RI_D2s_weu' });
    const fabrikam = await teamsRequest(h, { user: people.dev, reservation: 'SQL_RI_fabrikam' });
    const [, contosoTag = ''] = String(contoso.approve.value).split('~');
    const forged: [Record<string, unknown>, TeamsConversation][] = [
      // A made-up value: the bare request ID, and the ID wearing another request's tag.
      [{ ...contoso.approve, value: fabrikam.requestId }, thread],
      [{ ...contoso.approve, value: `${fabrikam.requestId}~${contosoTag}` }, thread],
      // Fabrikam's genuine Approve data, sent from another conversation (Ana's 1:1 chat).
      [fabrikam.approve, personalConversation(people.ana)],
    ];
    for (const [data, conversation] of forged) {
      const r = await approveAs(data, conversation);
      expect(r.status).toBe(400);
      expect(cardText(r.body)).toContain(tampered);
    }
    // The Action.Submit fallback of older clients arrives as a message: the same check.
    const replies = h.connector.calls('replyToActivity').length;
    const fallback = {
      ...message({
        text: '',
        user: people.ana,
        serviceUrl: h.connector.serviceUrl,
        conversation: thread,
      }),
      value: { kind: 'approve', verb: 'approve', value: fabrikam.requestId },
      replyToId: '1732790500001',
    };
    expect((await h.send(fallback)).status).toBe(200);
    const calls = await h.connector.waitFor('replyToActivity', replies + 1);
    expect(cardText(calls.at(-1)?.body)).toContain(tampered);

    expect(h.support.calls).toBe(0);
    expect(h.connector.calls('updateActivity')).toHaveLength(0);
    for (const r of [contoso, fabrikam])
      expect((await h.desk.request(r.requestId))?.status).toBe('pending_approval');
    const refusals = (await h.desk.auditOf(fabrikam.requestId)).filter(
      (a) => a.action === 'refused',
    );
    expect(refusals).toHaveLength(forged.length + 1);
    for (const a of refusals) {
      expect(a).toMatchObject({ actor: { name: 'Ana Silva' }, channel: 'teams' });
      expect(a.note).toMatch(
        /^TAMPERED: card action approve with value ".*" was not sealed by the bot/,
      );
    }
    expect(
      (await h.desk.auditOf(contoso.requestId)).filter((a) => a.action === 'refused'),
    ).toHaveLength(0);

    // Fabrikam's own card, in its own channel, still works.
    const approved = await approveAs(fabrikam.approve);
    expect(approved.status).toBe(200);
    expect(cardText(approved.body)).toContain('Approved by Ana Silva');
    expect((await h.desk.request(fabrikam.requestId))?.status).toBe('filed');
  });
});
