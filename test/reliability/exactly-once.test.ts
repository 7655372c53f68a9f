import { afterEach, describe, expect, it } from 'vitest';
import { slackRequest, teamsRequest } from '../support/chat-requests.ts';
import { openSlack, type SlackHarness } from '../support/slack-harness.ts';
import { blockAction } from '../support/slack-payloads.ts';
import { adaptiveCardInvoke, channelConversation } from '../support/teams-activities.ts';
import { cardText, openTeams, people, type TeamsHarness } from '../support/teams-harness.ts';

// The same approval delivered 100 times must file one support request: Slack double clicks (new
// bodies) and retries (the same body again, with X-Slack-Retry-Num) over real HTTP, and Teams
// duplicate Action.Execute invokes, all arriving at once.

let s: SlackHarness | undefined;
let h: TeamsHarness | undefined;
afterEach(async () => {
  await s?.close();
  await h?.close();
  s = undefined;
  h = undefined;
});

/** One request's audit actions, counted. */
const actionsOf = async (desk: SlackHarness['desk'], requestId: string) => {
  const counts: Record<string, number> = {};
  for (const a of await desk.auditOf(requestId)) counts[a.action] = (counts[a.action] ?? 0) + 1;
  return counts;
};

describe('one approval, delivered 100 times', () => {
  it('files one support request from Slack double clicks and retries over HTTP', async () => {
    s = await openSlack();
    const slack = s;
    const request = await slackRequest(slack, {
      reservation: 'VM_RI_D2s_weu',
      channelId: 'C0DESK',
    });
    const click = (i: number) =>
      blockAction({
        userId: i % 2 === 0 ? 'UANA' : 'UBEN',
        actionId: 'rd:approve',
        value: request.approve,
        channelId: 'C0DESK',
        messageTs: '1732790000.000100',
        responseUrl: slack.fake.responseUrl(`dup-${i}`),
      });
    // Five first clicks race each other; then, all at once, 45 Slack retries of them (the same
    // bodies with X-Slack-Retry-Num 1–9) and 50 more clicks (new bodies, as a double click makes).
    const first = Array.from({ length: 5 }, (_, i) => click(i));
    const firstAnswers = await Promise.all(first.map((body) => slack.post(body)));
    const retries = first.flatMap((body) =>
      Array.from({ length: 9 }, (_, n) =>
        slack.post(body, { retryNum: n + 1, retryReason: 'http_timeout' }),
      ),
    );
    const clicks = Array.from({ length: 50 }, (_, i) => slack.post(click(5 + i)));
    const answers = [...firstAnswers, ...(await Promise.all([...retries, ...clicks]))];

    expect(answers).toHaveLength(100);
    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
    // 55 clicks handled (retries are answered without handling): one approves, 54 are told privately.
    await slack.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts !== undefined);
    const told = await slack.fake.waitFor(
      'response_url',
      (c) => c.id?.startsWith('dup-') ?? false,
      54,
    );
    for (const reply of told) expect(JSON.stringify(reply.args)).toContain('already');
    expect(slack.support.calls).toBe(1);
    expect((await slack.desk.request(request.requestId))?.status).toBe('filed');
    expect(await actionsOf(slack.desk, request.requestId)).toEqual({
      submitted: 1,
      approved: 1,
      filed: 1,
    });
    expect(slack.fake.calls('chat.update')).toHaveLength(1);
  });

  it('files one support request, and posts one follow-up, from 100 duplicate Teams invokes', async () => {
    h = await openTeams();
    const teams = h;
    const { requestId, approve } = await teamsRequest(teams, {
      user: people.dev,
      reservation: 'VM_RI_D2s_weu',
    });
    const replies = teams.connector.calls('replyToActivity').length;
    const thread = channelConversation('1732790500001');
    const invoke = (user: typeof people.ana) =>
      adaptiveCardInvoke({
        verb: 'approve',
        data: approve,
        user,
        serviceUrl: teams.connector.serviceUrl,
        replyToId: '1732790500001',
        conversation: thread,
      });
    // 50 distinct invokes (two approvers clicking) and each delivered twice (the same activity ID).
    const distinct = Array.from({ length: 50 }, (_, i) => invoke(i % 2 ? people.ana : people.ben));
    const answers = await Promise.all([...distinct, ...distinct].map((a) => teams.send(a)));

    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
    for (const a of answers) expect(cardText(a.body)).toMatch(/Approved by (Ana Silva|Ben Okafor)/);
    expect(teams.support.calls).toBe(1);
    expect((await teams.desk.request(requestId))?.status).toBe('filed');
    expect(await actionsOf(teams.desk, requestId)).toEqual({ submitted: 1, approved: 1, filed: 1 });
    // The thread gets the filing's follow-up card once, not once per duplicate.
    expect(teams.connector.calls('replyToActivity')).toHaveLength(replies + 1);
  });
});
