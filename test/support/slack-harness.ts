import { PassThrough } from 'node:stream';
import { serve } from '../../adapters/serve.ts';
import { parseConfig } from '../../adapters/system/config.ts';
import { jsonLogger } from '../../adapters/system/logger.ts';
import { readingButtonValues } from './button-values.ts';
import { contact, type Harness, openDesk } from './desk-harness.ts';
import { type FakeSlack, type SlackCall, startFakeSlack } from './fake-slack.ts';
import { radioValue, selectValue, textValue } from './slack-payloads.ts';
import { type PostSlackOptions, postSlack, slashCommand } from './slack-requests.ts';
import type { RawTenantFile } from './tenant-builders.ts';

export const signingSecret = 'test-signing-secret-8f2a';

export interface SlackHarness extends Harness {
  readonly fake: FakeSlack;
  readonly eventsUrl: string;
  readonly baseUrl: string;
  /** Every structured log line the server wrote. */
  readonly logs: string[];
  post(body: string, options?: Partial<PostSlackOptions>): ReturnType<typeof postSlack>;
  /** Types `/reservation <text>` as `userId` in `channelId`; answers the HTTP response. */
  command(userId: string, text: string, channelId?: string): ReturnType<typeof postSlack>;
  /**
   * Types a command and answers what the person is shown: the message in the command's ack, or,
   * when the ack was empty, what the desk later sent to the command's response URL.
   */
  answer(userId: string, text: string, channelId?: string): Promise<SlackCall>;
}

/**
 * The whole Slack path over real HTTP on 127.0.0.1: the process's server with the Slack channel,
 * a fake Slack Web API it calls, the sandbox provider and a real lowdb store.
 */
export const openSlack = async (
  options: { file?: Partial<RawTenantFile>; now?: string; approvalChannel?: string } = {},
): Promise<SlackHarness> => {
  const fake = await startFakeSlack();
  const h = await openDesk({
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const parsed = parseConfig(
    {
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: fake.apiUrl,
      ...(options.approvalChannel === undefined
        ? {}
        : { SLACK_APPROVAL_CHANNEL: options.approvalChannel }),
    },
    { cwd: process.cwd(), projectRoot: process.cwd() },
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const logs: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').trim().split('\n')));
  const served = await serve({
    desk: h.desk,
    config: parsed.config,
    log: jsonLogger(stream, 'debug'),
    port: 0,
    host: '127.0.0.1',
  });
  const eventsUrl = `${served.url}/slack/events`;
  let responses = 0;
  const post = (body: string, o: Partial<PostSlackOptions> = {}) =>
    postSlack(eventsUrl, body, { secret: signingSecret, ...o });
  const command = (userId: string, text: string, channelId = 'C0REFUNDS') => {
    responses += 1;
    return post(
      slashCommand({
        text,
        userId,
        channelId,
        responseUrl: fake.responseUrl(`cmd-${responses}`),
      }),
    );
  };
  return {
    ...h,
    desk: readingButtonValues(h.desk),
    fake,
    eventsUrl,
    baseUrl: served.url,
    logs,
    post,
    command,
    answer: async (userId, text, channelId) => {
      const id = `cmd-${responses + 1}`;
      const r = await command(userId, text, channelId);
      if (r.status !== 200) throw new Error(`the command was answered ${r.status}`);
      if (r.json !== undefined) return { method: 'ack', args: r.json as Record<string, unknown> };
      const [later] = await fake.waitFor('response_url', (c) => c.id === id);
      if (later === undefined) throw new Error(`no answer to "${text}"`);
      return later;
    },
    close: async () => {
      await served.close();
      await fake.close();
      await h.close();
    },
  };
};

/** Every text of a Slack message's blocks, joined: what a person would read. */
export const readable = (call: SlackCall | undefined): string => {
  if (call === undefined) throw new Error('no such Slack call');
  return JSON.stringify(call.args.blocks ?? call.args.view ?? call.args);
};

/** The buttons of a message, by action ID. */
export const buttons = (call: SlackCall | undefined): { action_id: string; value: string }[] => {
  if (call === undefined) throw new Error('no such Slack call');
  const blocks = (call.args.blocks ?? []) as {
    type: string;
    elements?: { type: string; action_id: string; value: string }[];
  }[];
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).filter((e) => e.type === 'button'));
};

/** The refund modal as a person fills it in. */
export const refundValues = (quantity: string, reason: string) => ({
  quantity: { 'rd:modal-quantity': selectValue(quantity) },
  reason: { value: textValue(reason) },
  contact_first_name: { value: textValue(contact.firstName) },
  contact_last_name: { value: textValue(contact.lastName) },
  contact_method: { value: radioValue('email') },
  contact_email: { value: textValue(contact.email) },
  contact_phone: { value: textValue(contact.phone) },
  contact_time_zone: { value: textValue(contact.timeZone) },
  contact_language: { value: selectValue('en-us') },
  contact_country: { value: textValue('GBR') },
});

/** The modal a views.open or views.update call carried. */
export const viewOf = (
  call: SlackCall | undefined,
): { callback_id: string; private_metadata: string; blocks: unknown[] } => {
  if (call === undefined) throw new Error('no such Slack call');
  return call.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
};
