import { afterEach, describe, expect, it } from 'vitest';
import { createSlackChannel } from '../../../adapters/slack/app.ts';
import { jsonLogger } from '../../../adapters/system/logger.ts';
import {
  buttons,
  openSlack,
  readable,
  refundValues,
  type SlackHarness,
  viewOf,
} from '../../support/slack-harness.ts';
import { blockAction, textValue, viewSubmission } from '../../support/slack-payloads.ts';

let s: SlackHarness;
afterEach(async () => s?.close());

/** Submits a refund as Dev and answers the request ID from the approval message. */
const pendingRequest = async () => {
  await s.command('UDEV', 'refund VM_RI_D2s_weu');
  const [opened] = await s.fake.waitFor('views.open');
  const meta = viewOf(opened).private_metadata;
  await s.post(
    viewSubmission({
      userId: 'UDEV',
      callbackId: 'refund_modal',
      viewId: 'V0P',
      privateMetadata: meta,
      values: refundValues('1', 'retired'),
    }),
  );
  const [posted] = await s.fake.waitFor('chat.postMessage');
  return buttons(posted)[0]?.value ?? '';
};
const at = { channelId: 'C0REFUNDS', messageTs: '1732790000.000100' };

describe('decisions in Slack', () => {
  it('asks for a reason to reject and updates the approval message in place', async () => {
    s = await openSlack();
    const id = await pendingRequest();
    await s.post(
      blockAction({
        userId: 'UBEN',
        actionId: 'rd:reject',
        value: id,
        ...at,
        responseUrl: s.fake.responseUrl('rej'),
      }),
    );
    const [opened] = await s.fake.waitFor(
      'views.open',
      (c) => (c.args.view as { callback_id: string }).callback_id === 'reject_modal',
    );
    const meta = viewOf(opened).private_metadata;
    const empty = await s.post(
      viewSubmission({
        userId: 'UBEN',
        callbackId: 'reject_modal',
        viewId: 'V0R',
        privateMetadata: meta,
        values: { reason: { value: textValue(null) } },
      }),
    );
    expect(empty.json).toMatchObject({
      response_action: 'errors',
      errors: { reason: expect.stringContaining('reason for rejecting') },
    });
    await s.post(
      viewSubmission({
        userId: 'UBEN',
        callbackId: 'reject_modal',
        viewId: 'V0R',
        privateMetadata: meta,
        values: { reason: { value: textValue('Customer keeps it') } },
      }),
    );
    const [update] = await s.fake.waitFor('chat.update');
    expect(update?.args.ts).toBe(at.messageTs);
    expect(readable(update)).toContain('Rejected by Ben Okafor: Customer keeps it');
    expect(buttons(update)).toEqual([]);
  });

  it('shows a failed filing with Retry, and files on retry', async () => {
    s = await openSlack();
    const id = await pendingRequest();
    s.support.failing = true;
    await s.post(
      blockAction({
        userId: 'UANA',
        actionId: 'rd:approve',
        value: id,
        ...at,
        responseUrl: s.fake.responseUrl('a'),
      }),
    );
    const [failed] = await s.fake.waitFor('chat.update');
    expect(readable(failed)).toContain('filing the support request failed');
    expect(buttons(failed).map((b) => b.action_id)).toEqual(['rd:retry']);
    s.support.failing = false;
    await s.post(
      blockAction({
        userId: 'UBEN',
        actionId: 'rd:retry',
        value: id,
        ...at,
        responseUrl: s.fake.responseUrl('b'),
      }),
    );
    await s.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === at.messageTs);
    expect((await s.desk.request(id))?.status).toBe('filed');
  });

  it('connects over Socket Mode when an app token is set, without opening the HTTP route', async () => {
    s = await openSlack();
    const channel = await createSlackChannel(
      { desk: s.desk, log: jsonLogger(process.stderr, 'error') },
      { mode: 'socket', appToken: 'xapp-1-test', botToken: 'xoxb-test', apiUrl: s.fake.apiUrl },
    );
    expect(channel.mode).toBe('socket');
    expect(channel.route).toBeUndefined();
  });

  it('refuses to start when Slack refuses the bot token, saying what to do', async () => {
    s = await openSlack();
    s.fake.failNext('auth.test', 'invalid_auth');
    await expect(
      createSlackChannel(
        { desk: s.desk, log: jsonLogger(process.stderr, 'error') },
        { mode: 'http', signingSecret: 'x', botToken: 'xoxb-revoked', apiUrl: s.fake.apiUrl },
      ),
    ).rejects.toThrow('Slack refused SLACK_BOT_TOKEN (invalid_auth). Reinstall the app');
  });
});
