import { afterEach, describe, expect, it } from 'vitest';
import { type Posted, slackRequest, twoCustomers } from '../support/chat-requests.ts';
import { value } from '../support/desk-harness.ts';
import {
  openSlack,
  readable,
  refundValues,
  type SlackHarness,
  viewOf,
} from '../support/slack-harness.ts';
import { blockAction, textValue, viewSubmission } from '../support/slack-payloads.ts';
import { storeOnDisk } from '../support/store-on-disk.ts';

// Slack: a modal whose private_metadata was edited, and a button value naming another customer's
// request. Each is refused, changes nothing, and leaves a trace in the audit trail.

let s: SlackHarness;
afterEach(async () => s?.close());

const at = (p: Posted) => ({ channelId: p.channelId, messageTs: '1732790000.000100' });
let clicks = 0;
/** Ana clicks `actionId` with `value` on a message in `channelId`; answers the response URL's id. */
const click = async (
  actionId: string,
  value: string,
  where: { channelId: string; messageTs: string },
) => {
  clicks += 1;
  const id = `click-${clicks}`;
  const r = await s.post(
    blockAction({ userId: 'UANA', actionId, value, ...where, responseUrl: s.fake.responseUrl(id) }),
  );
  expect(r.status).toBe(200);
  return id;
};
const refusalsOf = async (requestId: string) =>
  (await s.desk.auditOf(requestId)).filter((a) => a.action === 'refused');

describe('a Slack modal whose private_metadata was edited', () => {
  const tamperedForm = 'was changed after Reservation Desk opened it';

  it('is refused at the form and audited, whether the reservation or the channel was changed', async () => {
    s = await openSlack({ file: twoCustomers });
    await s.command('UDEV', 'refund VM_RI_D2s_weu', 'C0DESK');
    const [opened] = await s.fake.waitFor('views.open');
    const sealed = viewOf(opened).private_metadata;
    const [json = '', tag = ''] = sealed.split('~');
    const meta = JSON.parse(json) as { r: string; c: string };
    const fabrikam = value(await s.desk.show('SQL_RI_fabrikam')).reservation.id;
    const edits = [
      `${JSON.stringify({ ...meta, r: fabrikam })}~${tag}`,
      `${JSON.stringify({ ...meta, c: 'C0ELSEWHERE' })}~${tag}`,
      JSON.stringify(meta),
      `${json}~${'A'.repeat(tag.length)}`,
    ];
    for (const [i, edited] of edits.entries()) {
      const r = await s.post(
        viewSubmission({
          userId: 'UDEV',
          callbackId: 'refund_modal',
          viewId: `V0EDIT${i}`,
          privateMetadata: edited,
          values: refundValues('1', 'retired'),
        }),
      );
      expect(r.json).toEqual({
        response_action: 'errors',
        errors: { reason: expect.stringContaining(tamperedForm) },
      });
    }
    expect((await s.desk.requests()).ok && (await s.desk.requests())).toMatchObject({ value: [] });
    expect(s.fake.calls('chat.postMessage')).toHaveLength(0);
    const audit = (await storeOnDisk(s.storePath)).audit as {
      action: string;
      note?: string;
      actor: { name: string };
    }[];
    expect(audit.map((a) => [a.action, a.actor.name])).toEqual(
      Array(4).fill(['refused', 'Dev Patel']),
    );
    for (const a of audit)
      expect(a.note).toMatch(/^TAMPERED: modal refund_modal was submitted with edited metadata/);
    // The untouched metadata still works.
    const ok = await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'refund_modal',
        viewId: 'V0UNTOUCHED',
        privateMetadata: sealed,
        values: refundValues('1', 'retired'),
      }),
    );
    expect(ok.text).toBe('');
  });

  it('refuses a reject modal pointed at another request, and audits it on that request', async () => {
    s = await openSlack({ file: twoCustomers });
    const contoso = await slackRequest(s, { reservation: 'VM_RI_D2s_weu', channelId: 'C0CONTOSO' });
    const fabrikam = await slackRequest(s, {
      reservation: 'SQL_RI_fabrikam',
      channelId: 'C0FABRIKAM',
    });
    await click('rd:reject', contoso.reject, at(contoso));
    const [opened] = await s.fake.waitFor(
      'views.open',
      (c) => viewOf(c).callback_id === 'reject_modal',
    );
    const [json = '', tag = ''] = viewOf(opened).private_metadata.split('~');
    const edited = `${JSON.stringify({ ...JSON.parse(json), id: fabrikam.requestId })}~${tag}`;
    const r = await s.post(
      viewSubmission({
        userId: 'UANA',
        callbackId: 'reject_modal',
        viewId: 'V0REJ',
        privateMetadata: edited,
        values: { reason: { value: textValue('Not needed') } },
      }),
    );
    expect(r.json).toMatchObject({
      response_action: 'errors',
      errors: { reason: expect.stringContaining(tamperedForm) },
    });
    expect((await s.desk.request(fabrikam.requestId))?.status).toBe('pending_approval');
    expect((await s.desk.request(contoso.requestId))?.status).toBe('pending_approval');
    const [refusal] = await refusalsOf(fabrikam.requestId);
    expect(refusal).toMatchObject({ actor: { name: 'Ana Silva' }, channel: 'slack' });
    expect(refusal?.note).toContain('TAMPERED: modal reject_modal');
    expect(s.fake.calls('chat.update')).toHaveLength(0);
  });
});

describe('a Slack button value naming another request', () => {
  const tamperedButton = 'This button was not made by Reservation Desk for this conversation';

  it('is refused privately, changes nothing, and is audited on the request it names', async () => {
    s = await openSlack({ file: twoCustomers });
    const contoso = await slackRequest(s, { reservation: 'VM_RI_D2s_weu', channelId: 'C0CONTOSO' });
    const fabrikam = await slackRequest(s, {
      reservation: 'SQL_RI_fabrikam',
      channelId: 'C0FABRIKAM',
    });
    const [, tag = ''] = contoso.approve.split('~');
    const forged = [
      // Fabrikam's Approve button, copied onto Contoso's approval message (another channel).
      ['rd:approve', fabrikam.approve],
      // Made-up values: a bare request ID, and one wearing another request's tag.
      ['rd:approve', fabrikam.requestId],
      ['rd:reject', `${fabrikam.requestId}~${tag}`],
      ['rd:record-microsoft-refund', fabrikam.approve],
    ] as const;
    for (const [actionId, value] of forged) {
      const id = await click(actionId, value, at(contoso));
      const [reply] = await s.fake.waitFor('response_url', (c) => c.id === id);
      expect(reply?.args.response_type).toBe('ephemeral');
      expect(readable(reply)).toContain(tamperedButton);
    }
    expect(
      s.fake.calls('views.open').filter((c) => viewOf(c).callback_id !== 'refund_modal'),
    ).toHaveLength(0);
    expect(s.fake.calls('chat.update')).toHaveLength(0);
    expect(s.support.calls).toBe(0);
    for (const p of [contoso, fabrikam])
      expect((await s.desk.request(p.requestId))?.status).toBe('pending_approval');
    const refusals = await refusalsOf(fabrikam.requestId);
    expect(refusals).toHaveLength(forged.length);
    for (const [i, [actionId]] of forged.entries()) {
      expect(refusals[i]).toMatchObject({ actor: { name: 'Ana Silva' }, channel: 'slack' });
      expect(refusals[i]?.note).toContain(`TAMPERED: button ${actionId} with value`);
      expect(refusals[i]?.note).toContain('for channel C0CONTOSO');
    }
    expect(await refusalsOf(contoso.requestId)).toHaveLength(0);
    // The genuine button, where it was posted, still works.
    await click('rd:approve', fabrikam.approve, at(fabrikam));
    await s.fake.waitFor('chat.update');
    expect((await s.desk.request(fabrikam.requestId))?.status).toBe('filed');
  });
});
