import { afterEach, describe, expect, it } from 'vitest';
import {
  buttons,
  openSlack,
  readable,
  type SlackHarness,
  viewOf,
} from '../../support/slack-harness.ts';
import {
  blockAction,
  selectValue,
  textValue,
  viewSubmission,
} from '../../support/slack-payloads.ts';

let s: SlackHarness;
afterEach(async () => s?.close());

describe('Slack commands', () => {
  it('answers read commands privately, with a button to share them', async () => {
    s = await openSlack();
    const reply = await s.answer('UHANA', 'show VM_RI_D2s_weu');
    // Answered in the ack itself: nothing went to the response URL.
    expect(reply.method).toBe('ack');
    expect(s.fake.calls('response_url')).toHaveLength(0);
    expect(reply?.args.response_type).toBe('ephemeral');
    for (const text of [
      'VM_RI_D2s_weu',
      'Reservation order ID',
      'Term used',
      'Utilization (1 / 7 / 30 days)',
    ])
      expect(readable(reply)).toContain(text);
    expect(buttons(reply).map((b) => b.action_id)).toEqual([
      'rd:refund',
      'rd:exchange',
      'rd:scope',
      'rd:open-portal',
      'rd:share',
    ]);
    const share = buttons(reply).at(-1);
    await s.post(
      blockAction({
        userId: 'UHANA',
        actionId: 'rd:share',
        value: share?.value ?? '',
        channelId: 'C0REFUNDS',
        messageTs: '5',
        responseUrl: s.fake.responseUrl('share'),
      }),
    );
    const [shared] = await s.fake.waitFor('chat.postMessage');
    expect(shared?.args.channel).toBe('C0REFUNDS');
    expect(readable(shared)).toContain('VM_RI_D2s_weu');
  });

  it('answers every command of the grammar without an error', async () => {
    s = await openSlack();
    const commands = [
      'help',
      'customers',
      'list Contoso Ltd',
      'cap contoso',
      'requests',
      'requests pending',
      'access VM_RI_D2s_weu',
      'scope VM_RI_D2s_weu',
      'roles',
    ];
    for (const text of commands) {
      const reply = await s.answer('UHANA', text);
      expect(readable(reply), text).not.toContain(':no_entry:');
    }
  });

  it('acks at once and answers through the response URL when the answer takes longer than a second', async () => {
    s = await openSlack();
    // The person's profile (for their language) is slow to come: the answer is not ready in time.
    s.fake.delayNext('users.info', 1_800);
    const r = await s.command('UHANA', 'show VM_RI_D2s_weu');
    // An empty ack: the answer was not ready within the second the desk waits for it.
    expect(r.status).toBe(200);
    expect(r.json).toBeUndefined();
    const [later] = await s.fake.waitFor('response_url');
    expect(later?.args.response_type).toBe('ephemeral');
    expect(readable(later)).toContain('VM_RI_D2s_weu');
  });

  it('suggests the nearest command for a typo', async () => {
    s = await openSlack();
    const reply = await s.answer('UHANA', 'lsit contoso');
    expect(readable(reply)).toContain('Did you mean \\"list\\"?');
  });

  it('lets an approver change scope through its modal, and refuses others', async () => {
    s = await openSlack();
    await s.post(
      blockAction({
        userId: 'UANA',
        actionId: 'rd:scope',
        value: 'VM_RI_D2s_weu',
        channelId: 'C1',
        messageTs: '1',
        responseUrl: s.fake.responseUrl('scope'),
      }),
    );
    const [opened] = await s.fake.waitFor('views.open');
    const meta = viewOf(opened).private_metadata;
    const sub = '/subscriptions/8f3a1c2e-5b6d-4e7f-9a0b-1c2d3e4f5a6b';
    const values = {
      scope_type: { value: selectValue('Single') },
      scope_target: { value: textValue(sub) },
    };
    const refused = await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'scope_modal',
        viewId: 'V1',
        privateMetadata: meta,
        values,
      }),
    );
    expect(refused.json).toMatchObject({
      response_action: 'errors',
      errors: { scope_target: expect.stringContaining("change a reservation's scope") },
    });
    const ok = await s.post(
      viewSubmission({
        userId: 'UANA',
        callbackId: 'scope_modal',
        viewId: 'V2',
        privateMetadata: meta,
        values,
      }),
    );
    expect(ok.text).toBe('');
    await s.fake.waitFor('chat.postEphemeral');
    const shown = await s.desk.show('VM_RI_D2s_weu');
    expect(shown.ok && shown.value.reservation.scope).toEqual({ type: 'Single', target: sub });
  });
});

describe('an exchange in Slack', () => {
  it('quotes the new total live, refuses one below the minimum at its field, and files on approval', async () => {
    s = await openSlack({ now: '2026-07-10T09:00:00Z' });
    await s.command('UDEV', 'exchange VM_RI_D2s_weu');
    const [opened] = await s.fake.waitFor('views.open');
    const view = viewOf(opened);
    expect(view.callback_id).toBe('exchange_modal');
    expect(readable(opened)).toContain('$1,209.86');
    const values = (total: string) => ({
      quantity: { 'rd:modal-exchange': selectValue('2') },
      new_family: { value: textValue('VirtualMachines') },
      new_sku: { value: textValue('Standard_D4s_v5') },
      new_region: { value: textValue('westeurope') },
      new_term: { value: selectValue('P3Y') },
      new_quantity: { value: textValue('1') },
      new_plan: { value: selectValue('Monthly') },
      new_total: { 'rd:modal-exchange': textValue(total) },
      reason: { value: textValue('Moving to a larger size') },
      contact_first_name: { value: textValue('Dev') },
      contact_last_name: { value: textValue('Patel') },
      contact_method: { value: selectValue('email') },
      contact_email: { value: textValue('dev@partner.example') },
      contact_phone: { value: textValue(null) },
      contact_time_zone: { value: textValue('UTC') },
      contact_language: { value: selectValue('en-us') },
      contact_country: { value: textValue('GBR') },
    });
    const modal = {
      viewId: 'V0EX',
      callbackId: 'exchange_modal',
      privateMetadata: view.private_metadata,
      values: values('5000.00'),
    };
    await s.post(
      blockAction({ userId: 'UDEV', actionId: 'rd:modal-exchange', value: '5000.00', view: modal }),
    );
    const [updated] = await s.fake.waitFor('views.update');
    expect(readable(updated)).toContain('$3,790.14');
    const low = await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'exchange_modal',
        viewId: 'V0EX',
        privateMetadata: view.private_metadata,
        values: values('1000.00'),
      }),
    );
    expect(low.json).toMatchObject({
      response_action: 'errors',
      errors: { new_total: expect.stringContaining('at least 1209.86 USD') },
    });
    await s.post(
      viewSubmission({
        userId: 'UDEV',
        callbackId: 'exchange_modal',
        viewId: 'V0EX',
        privateMetadata: view.private_metadata,
        values: values('5000.00'),
      }),
    );
    const [posted] = await s.fake.waitFor('chat.postMessage');
    const id = buttons(posted)[0]?.value ?? '';
    await s.post(
      blockAction({
        userId: 'UBEN',
        actionId: 'rd:approve',
        value: id,
        channelId: 'C0REFUNDS',
        messageTs: '1',
        responseUrl: s.fake.responseUrl('ex'),
      }),
    );
    await s.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts !== undefined);
    expect(await s.desk.request(id)).toMatchObject({
      kind: 'exchange',
      status: 'filed',
      newPurchase: { sku: 'Standard_D4s_v5', term: 'P3Y', billingPlan: 'Monthly', quantity: 1 },
    });
  });
});
