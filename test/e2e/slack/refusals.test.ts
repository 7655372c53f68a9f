import { afterEach, describe, expect, it } from 'vitest';
import {
  buttons,
  openSlack,
  readable,
  refundValues,
  type SlackHarness,
  viewOf,
} from '../../support/slack-harness.ts';
import { blockAction, textValue, viewSubmission } from '../../support/slack-payloads.ts';
import { refund } from '../../support/tenant-builders.ts';

let s: SlackHarness;
afterEach(async () => s?.close());

const openModal = async (userId: string) => {
  await s.command(userId, 'refund VM_RI_D2s_weu');
  const [opened] = await s.fake.waitFor('views.open');
  return viewOf(opened).private_metadata;
};
const submit = (
  userId: string,
  meta: string,
  values: ReturnType<typeof refundValues>,
  viewId = 'V0SUBMIT',
) =>
  s.post(
    viewSubmission({ userId, callbackId: 'refund_modal', viewId, privateMetadata: meta, values }),
  );

describe('Slack refusals', () => {
  it('tells someone outside the directory, privately, and opens nothing', async () => {
    s = await openSlack();
    expect((await s.command('U0STRANGER', 'refund VM_RI_D2s_weu')).status).toBe(200);
    const [reply] = await s.fake.waitFor('response_url');
    expect(reply?.args.response_type).toBe('ephemeral');
    expect(readable(reply)).toContain("not in Reservation Desk's agent directory");
    expect(s.fake.calls('views.open')).toHaveLength(0);
  });

  it('refuses self-approval privately and changes nothing', async () => {
    s = await openSlack();
    await submit('UANA', await openModal('UANA'), refundValues('2', 'retired'));
    const [posted] = await s.fake.waitFor('chat.postMessage');
    const id = buttons(posted)[0]?.value ?? '';
    await s.post(
      blockAction({
        userId: 'UANA',
        actionId: 'rd:approve',
        value: id,
        channelId: 'C0REFUNDS',
        messageTs: '1',
        responseUrl: s.fake.responseUrl('self'),
      }),
    );
    const [reply] = await s.fake.waitFor('response_url', (c) => c.id === 'self');
    expect(readable(reply)).toContain('four eyes');
    expect(s.fake.calls('chat.update')).toHaveLength(0);
    expect((await s.desk.request(id))?.status).toBe('pending_approval');
  });

  it('refuses a submission over the cap at the quantity field, with what fits and when', async () => {
    s = await openSlack({
      file: {
        refundHistory: [
          refund({ date: '2025-12-01', amount: '30000.00' }),
          refund({ date: '2026-03-01', amount: '19000.00' }),
        ],
      },
    });
    const r = await submit('UDEV', await openModal('UDEV'), refundValues('2', 'retired'));
    expect(r.json).toMatchObject({
      response_action: 'errors',
      errors: { quantity: expect.stringContaining('up to 1 unit(s) now') },
    });
    expect((r.json as { errors: { quantity: string } }).errors.quantity).toContain('2026-12-01');
    expect(s.fake.calls('chat.postMessage')).toHaveLength(0);
  });

  it('puts each bad contact detail at its own field', async () => {
    s = await openSlack();
    const values = {
      ...refundValues('1', 'retired'),
      contact_email: { value: textValue('dev-at-partner') },
      contact_country: { value: textValue('UK') },
    };
    const r = await submit('UDEV', await openModal('UDEV'), values);
    expect(r.json).toEqual({
      response_action: 'errors',
      errors: {
        contact_email: 'the email is not a valid address',
        contact_country: 'the country is a 3-letter ISO code like USA or DEU',
      },
    });
  });

  it('creates one request from a double submit of the same modal', async () => {
    s = await openSlack();
    const meta = await openModal('UDEV');
    await Promise.all([
      submit('UDEV', meta, refundValues('1', 'x'), 'V0TWICE'),
      submit('UDEV', meta, refundValues('1', 'x'), 'V0TWICE'),
    ]);
    expect((await s.desk.requests()).ok && (await s.desk.requests())).toMatchObject({
      value: [expect.anything()],
    });
  });

  it('files one support request however often Approve is clicked or retried', async () => {
    s = await openSlack();
    await submit('UDEV', await openModal('UDEV'), refundValues('1', 'x'));
    const [posted] = await s.fake.waitFor('chat.postMessage');
    const id = buttons(posted)[0]?.value ?? '';
    const body = blockAction({
      userId: 'UANA',
      actionId: 'rd:approve',
      value: id,
      channelId: 'C0REFUNDS',
      messageTs: '1',
      responseUrl: s.fake.responseUrl('dbl'),
    });
    const results = await Promise.all([
      s.post(body),
      s.post(body, { retryNum: 1, retryReason: 'http_timeout' }),
      s.post(
        blockAction({
          userId: 'UBEN',
          actionId: 'rd:approve',
          value: id,
          channelId: 'C0REFUNDS',
          messageTs: '1',
          responseUrl: s.fake.responseUrl('dbl2'),
        }),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    await s.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts !== undefined);
    const state = await s.desk.requests('filed');
    expect(state.ok && state.value).toHaveLength(1);
    expect(s.support.calls).toBe(1);
  });
});
