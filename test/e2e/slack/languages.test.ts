import { afterEach, describe, expect, it } from 'vitest';
import { showDecimal } from '../../../src/chat/views/format.ts';
import { en, englishIn, isChinese, zh } from '../../support/languages.ts';
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

const channel = 'C0REFUNDS';
// The fake numbers messages in order: the approval message is the first one posted.
const approvalTs = '1732790000.000100';

const click = (userId: string, actionId: string, value: string, messageTs = approvalTs) =>
  s.post(
    blockAction({
      userId,
      actionId,
      value,
      channelId: channel,
      messageTs,
      ...(messageTs === approvalTs ? {} : { threadTs: approvalTs }),
      responseUrl: s.fake.responseUrl(`click-${actionId}-${userId}`),
    }),
  );

type View = { title: { text: string }; submit?: { text: string }; close: { text: string } };
const titles = (call: Parameters<typeof viewOf>[0]) => {
  const v = viewOf(call) as unknown as View;
  return { title: v.title.text, submit: v.submit?.text, close: v.close.text };
};

/** Opens the refund modal for `userId` and submits it; answers the modal and the approval message. */
const requestRefund = async (userId: string, reason: string) => {
  await s.command(userId, 'refund VM_RI_D2s_weu');
  const [opened] = await s.fake.waitFor('views.open');
  await s.post(
    viewSubmission({
      userId,
      callbackId: 'refund_modal',
      viewId: 'V0FAKE00001',
      privateMetadata: viewOf(opened).private_metadata,
      values: refundValues('1', reason),
    }),
  );
  const [posted] = await s.fake.waitFor('chat.postMessage');
  return { opened, posted, requestId: buttons(posted)[0]?.value ?? '' };
};

const usersInfoCalls = (userId: string) =>
  s.fake.calls('users.info').filter((c) => c.args.user === userId).length;

describe('Slack answers each person in their language', () => {
  it('runs the refund flow in Chinese for a zh-CN requester, and keeps the shared message Chinese when an English approver decides', async () => {
    s = await openSlack();
    s.fake.users.set('UDEV', { locale: 'zh-CN' });

    // The modal: title, buttons, quote labels and money in Chinese, and no English prose.
    await s.command('UDEV', 'refund VM_RI_D2s_weu');
    const [opened] = await s.fake.waitFor('views.open');
    expect(titles(opened)).toEqual({
      title: zh('slack.refundTitle'),
      submit: zh('slack.requestApproval'),
      close: zh('slack.cancel'),
    });
    for (const label of [
      'form.quantity',
      'form.reason',
      'form.contactHeading',
      'label.refund',
    ] as const)
      expect(readable(opened)).toContain(zh(label));
    const credit = showDecimal('1209.86', 'USD', 'zh-CN');
    expect(credit).not.toBe('$1,209.86');
    expect(readable(opened)).toContain(credit);
    expect(englishIn(viewOf(opened))).toEqual([]);

    // The live re-quote stays Chinese.
    const meta = viewOf(opened).private_metadata;
    const modal = { viewId: 'V0FAKE00001', callbackId: 'refund_modal', privateMetadata: meta };
    await s.post(
      blockAction({
        userId: 'UDEV',
        actionId: 'rd:modal-quantity',
        value: '1',
        view: { ...modal, values: refundValues('1', '') },
      }),
    );
    const [requoted] = await s.fake.waitFor('views.update');
    expect(readable(requoted)).toContain(showDecimal('604.93', 'USD', 'zh-CN'));
    expect(titles(requoted).title).toBe(zh('slack.refundTitle'));
    expect(englishIn(viewOf(requoted))).toEqual([]);

    // A bad field is marked in Chinese.
    const bad = await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'refund_modal',
        viewId: 'V0FAKE00001',
        privateMetadata: meta,
        values: {
          ...refundValues('1', 'x'),
          contact_email: { value: textValue('dev-at-partner') },
        },
      }),
    );
    const errors = (JSON.parse(bad.text) as { errors: Record<string, string> }).errors;
    expect(isChinese(errors.contact_email ?? '')).toBe(true);

    // Submitting posts the approval message in the requester's language.
    await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'refund_modal',
        viewId: 'V0FAKE00001',
        privateMetadata: meta,
        values: refundValues('1', '客户迁移到节省计划'),
      }),
    );
    const [posted] = await s.fake.waitFor('chat.postMessage');
    const requestId = buttons(posted)[0]?.value ?? '';
    expect(readable(posted)).toContain(zh('card.pending'));
    expect(readable(posted)).toContain(zh('action.approve'));
    expect(englishIn(posted?.args.blocks)).toEqual([]);

    // The requester's own refusal is private and Chinese.
    await click('UDEV', 'rd:approve', requestId);
    const [refusal] = await s.fake.waitFor(
      'response_url',
      (c) => decodeURIComponent(c.id ?? '') === 'click-rd:approve-UDEV',
    );
    expect(isChinese(String(refusal?.args.text))).toBe(true);

    // Ana (Slack in English) approves: the shared message and its thread stay Chinese.
    await click('UANA', 'rd:approve', requestId);
    const [updated] = await s.fake.waitFor('chat.update');
    const request = await s.desk.request(requestId);
    expect(request?.status).toBe('filed');
    expect(readable(updated)).toContain(
      zh('card.filed', { by: 'Ana Silva', ticket: request?.supportRequestId ?? '?' }),
    );
    expect(englishIn(updated?.args.blocks)).toEqual([]);
    const [thread] = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === approvalTs,
    );
    expect(readable(thread)).toContain(zh('label.supportRequest'));
    expect(readable(thread)).toContain(zh('action.microsoftRefunded'));
    expect(englishIn(thread?.args.blocks)).toEqual([]);

    // Ben (English) records the refund: his modal is English, the shared card stays Chinese.
    const inThread = '1732790000.000300';
    await click('UBEN', 'rd:record-microsoft-refund', requestId, inThread);
    const [settle] = await s.fake.waitFor(
      'views.open',
      (c) => viewOf(c).callback_id === 'settle_modal',
    );
    expect(titles(settle).title).toBe(en('slack.microsoftRefundTitle'));
    await s.post(
      viewSubmission({
        userId: 'UBEN',
        callbackId: 'settle_modal',
        viewId: 'V0FAKE00009',
        privateMetadata: viewOf(settle).private_metadata,
        values: { amount: { value: textValue('532.34') }, reference: { value: textValue('CN-1') } },
      }),
    );
    const [root] = await s.fake.waitFor('chat.update', (c) => c.args.ts === approvalTs, 2);
    const rootAgain =
      s.fake.calls('chat.update').filter((c) => c.args.ts === approvalTs)[1] ?? root;
    expect(readable(rootAgain)).toContain(
      zh('card.refunded', { by: 'Ana Silva', ticket: request?.supportRequestId ?? '?' }),
    );
    expect(englishIn(rootAgain?.args.blocks)).toEqual([]);

    // One users.info call for the requester served the command, the re-quote, both submits and
    // every update of the shared message.
    expect(usersInfoCalls('UDEV')).toBe(1);
  });

  it('lets "language zh-CN" beat an English Slack locale, for that person only', async () => {
    s = await openSlack();
    s.fake.users.set('UDEV', { locale: 'en-US' });
    const answer = await s.answer('UDEV', 'language zh-CN');
    expect(readable(answer)).toContain(zh('language.set', { language: zh('language.name.zh-CN') }));
    expect(readable(answer)).toContain(zh('action.share'));

    await s.command('UDEV', 'refund VM_RI_D2s_weu');
    const [mine] = await s.fake.waitFor('views.open');
    expect(titles(mine).title).toBe(zh('slack.refundTitle'));
    expect(englishIn(viewOf(mine))).toEqual([]);

    await s.command('UANA', 'refund VM_RI_D2s_weu');
    const [hers] = await s.fake.waitFor('views.open', () => true, 2);
    const anas = s.fake.calls('views.open')[1] ?? hers;
    expect(titles(anas).title).toBe(en('slack.refundTitle'));
    expect(englishIn(viewOf(anas)).length).toBeGreaterThan(0);
  });

  it('answers in English and still files the refund when users.info fails, warning once', async () => {
    s = await openSlack();
    s.fake.users.set('UDEV', { locale: 'zh-CN' });
    s.fake.failNext('users.info', 'missing_scope');
    const { opened, posted, requestId } = await requestRefund('UDEV', 'moving to a savings plan');
    expect(titles(opened).title).toBe(en('slack.refundTitle'));
    expect(readable(opened)).toContain('$1,209.86');
    // The contact form still opens, from the directory.
    expect(readable(opened)).toContain('"initial_value":"dev@partner.example"');
    expect(readable(posted)).toContain(en('card.pending'));
    expect(englishIn(posted?.args.blocks).length).toBeGreaterThan(0);

    await click('UANA', 'rd:approve', requestId);
    await s.fake.waitFor('chat.update');
    expect((await s.desk.request(requestId))?.status).toBe('filed');

    const warnings = s.logs.filter((l) => l.includes('slack_profile_unavailable'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 'warn', user: 'UDEV' });
    expect(warnings[0]).toContain('users:read');
    expect(warnings[0]).not.toContain('xoxb-');
    // The failure is remembered for a minute: the submit and the approval did not ask again.
    expect(usersInfoCalls('UDEV')).toBe(1);
  });
});
