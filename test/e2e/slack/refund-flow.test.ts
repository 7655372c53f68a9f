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

let s: SlackHarness;
afterEach(async () => s?.close());

const click = (
  userId: string,
  actionId: string,
  value: string,
  at: { channelId: string; messageTs: string; threadTs?: string },
) =>
  s.post(
    blockAction({
      userId,
      actionId,
      value,
      channelId: at.channelId,
      messageTs: at.messageTs,
      ...(at.threadTs === undefined ? {} : { threadTs: at.threadTs }),
      responseUrl: s.fake.responseUrl(`click-${actionId}-${userId}`),
    }),
  );

describe('a refund in Slack, end to end', () => {
  it('goes from /reservation refund to a credited customer, with four eyes, in one channel thread', async () => {
    s = await openSlack();
    // 1. The command opens the modal on the live quote, prefilled from the directory and profile.
    expect((await s.command('UDEV', 'refund VM_RI_D2s_weu')).status).toBe(200);
    const [opened] = await s.fake.waitFor('views.open');
    const view = viewOf(opened);
    expect(view.callback_id).toBe('refund_modal');
    expect(readable(opened)).toContain('$1,209.86');
    expect(readable(opened)).toContain('"initial_value":"+44 20 7946 0000"');
    expect(view.private_metadata).not.toMatch(/1209|1064/);

    // 2. Changing the quantity re-quotes in place.
    const modal = {
      viewId: 'V0FAKE00001',
      callbackId: 'refund_modal',
      privateMetadata: view.private_metadata,
      values: refundValues('1', ''),
    };
    await s.post(
      blockAction({ userId: 'UDEV', actionId: 'rd:modal-quantity', value: '1', view: modal }),
    );
    const [updated] = await s.fake.waitFor('views.update');
    expect(readable(updated)).toContain('$604.93');

    // 3. Submitting files the request for approval in the channel.
    const submitted = await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'refund_modal',
        viewId: 'V0FAKE00001',
        privateMetadata: view.private_metadata,
        values: refundValues('1', 'Moving to Savings Plans'),
      }),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.text).toBe('');
    const [posted] = await s.fake.waitFor('chat.postMessage');
    expect(posted?.args.channel).toBe('C0REFUNDS');
    expect(buttons(posted).map((b) => b.action_id)).toEqual(['rd:approve', 'rd:reject']);
    const requestId = buttons(posted)[0]?.value ?? '';
    expect((await s.desk.request(requestId))?.status).toBe('pending_approval');
    const at = { channelId: 'C0REFUNDS', messageTs: '1732790000.000100' };

    // 4. The requester cannot approve; an approver can, once.
    await click('UDEV', 'rd:approve', requestId, at);
    const [refusal] = await s.fake.waitFor('response_url', (c) =>
      readable(c).includes('approve, reject or retry'),
    );
    expect(refusal?.args.response_type).toBe('ephemeral');
    expect((await s.desk.request(requestId))?.status).toBe('pending_approval');
    await click('UANA', 'rd:approve', requestId, at);
    const [rootUpdate] = await s.fake.waitFor('chat.update');
    expect(rootUpdate?.args.ts).toBe(at.messageTs);
    expect(readable(rootUpdate)).toContain('Approved by Ana Silva');
    expect(buttons(rootUpdate)).toEqual([]);
    const [thread] = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === at.messageTs,
    );
    const request = await s.desk.request(requestId);
    expect(request?.status).toBe('filed');
    for (const text of [
      request?.supportRequestId ?? '?',
      request?.reservationId ?? '?',
      request?.reservationOrderId ?? '?',
      'portal.azure.com',
    ])
      expect(readable(thread)).toContain(text);

    // 5. Follow-ups in the thread close the audit chain.
    const inThread = { ...at, messageTs: '1732790000.000300', threadTs: at.messageTs };
    await click('UBEN', 'rd:record-microsoft-refund', requestId, inThread);
    const [settle] = await s.fake.waitFor(
      'views.open',
      (c) => (c.args.view as { callback_id: string }).callback_id === 'settle_modal',
    );
    const settleMeta = viewOf(settle).private_metadata;
    const settleValues = (reference: string) => ({
      amount: { value: textValue('532.34') },
      reference: { value: textValue(reference) },
    });
    await s.post(
      viewSubmission({
        userId: 'UBEN',
        callbackId: 'settle_modal',
        viewId: 'V0FAKE00009',
        privateMetadata: settleMeta,
        values: settleValues('CN-2026-0711'),
      }),
    );
    await s.fake.waitFor('chat.update', (c) => c.args.ts === inThread.messageTs);
    expect((await s.desk.request(requestId))?.status).toBe('refunded_by_microsoft');
    await click('UBEN', 'rd:record-customer-credit', requestId, inThread);
    const [credit] = await s.fake.waitFor('views.open', (c) =>
      (c.args.view as { private_metadata: string }).private_metadata.includes('customer'),
    );
    await s.post(
      viewSubmission({
        userId: 'UBEN',
        callbackId: 'settle_modal',
        viewId: 'V0FAKE00010',
        privateMetadata: viewOf(credit).private_metadata,
        values: settleValues('INV-88213'),
      }),
    );
    await s.fake.waitFor('chat.update', (c) => readable(c).includes('INV-88213'));
    expect((await s.desk.auditOf(requestId)).map((a) => [a.action, a.channel])).toEqual([
      ['submitted', 'slack'],
      ['refused', 'slack'],
      ['approved', 'slack'],
      ['filed', 'slack'],
      ['refunded_by_microsoft', 'slack'],
      ['credited_to_customer', 'slack'],
    ]);
  });

  it('posts approvals in SLACK_APPROVAL_CHANNEL when it is set', async () => {
    s = await openSlack({ approvalChannel: 'C0APPROVALS' });
    await s.command('UDEV', 'refund VM_RI_D2s_weu');
    const [opened] = await s.fake.waitFor('views.open');
    const meta = viewOf(opened).private_metadata;
    await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'refund_modal',
        viewId: 'V0X',
        privateMetadata: meta,
        values: refundValues('2', 'retired'),
      }),
    );
    const [posted] = await s.fake.waitFor('chat.postMessage');
    expect(posted?.args.channel).toBe('C0APPROVALS');
  });
});
