import { afterEach, describe, expect, it } from 'vitest';
import { slackRequest } from '../support/chat-requests.ts';
import { openSlack, type SlackHarness } from '../support/slack-harness.ts';
import { blockAction } from '../support/slack-payloads.ts';

// An old signed Slack request, replayed: refused before anything reads it, and logged.

let s: SlackHarness;
afterEach(async () => s?.close());

const now = () => Math.floor(Date.now() / 1000);

describe('an old signed Slack request, replayed', () => {
  it('is refused with 401 and logged, and the approval it carries does not happen', async () => {
    s = await openSlack();
    const p = await slackRequest(s, { reservation: 'VM_RI_D2s_weu', channelId: 'C0DESK' });
    const body = blockAction({
      userId: 'UANA',
      actionId: 'rd:approve',
      value: p.approve,
      channelId: p.channelId,
      messageTs: '1732790000.000100',
      responseUrl: s.fake.responseUrl('replay'),
    });
    // Signed correctly, but at a time more than five minutes ago (as a captured request would be).
    for (const age of [301, 3_600, 86_400]) {
      expect((await s.post(body, { timestamp: now() - age })).status).toBe(401);
    }
    const refusals = s.logs.filter((l) => l.includes('slack_request_refused'));
    expect(refusals).toHaveLength(3);
    for (const line of refusals) expect(line).toContain('timestamp more than five minutes away');
    expect((await s.desk.request(p.requestId))?.status).toBe('pending_approval');
    expect(s.support.calls).toBe(0);
    expect(s.fake.calls('response_url')).toHaveLength(0);
    // The same click, signed now, is what the refusal stopped.
    expect((await s.post(body)).status).toBe(200);
    await s.fake.waitFor('chat.update');
    expect((await s.desk.request(p.requestId))?.status).toBe('filed');
  });
});
