import { afterEach, describe, expect, it } from 'vitest';
import { errorCode, type Harness, openDesk, value } from '../../support/desk-harness.ts';
import { converse, submittedId } from '../../support/shell-harness.ts';

let h: Harness;
afterEach(async () => h?.close());

// The form's answers after choosing "Request this refund": quantity, reason, then the contact
// details (first name, last name, method, email, phone, time zone, language, country).
const form = (reason: string) => ['', reason, '', '', '', '', '', '', '', 'GBR'];

describe('the console, end to end', () => {
  it('runs a refund from quote to credited customer, with four eyes', async () => {
    h = await openDesk();
    const { code, printed } = await converse(h, [
      'refund VM_RI_D2s_weu 1',
      '1',
      ...form('Customer is moving to Savings Plans'),
      '1',
      '/as ana',
      '1',
      '1',
      '',
      'CN-2026-0711',
      '1',
      '',
      'INV-88213',
      'requests',
      'cap contoso',
      'quit',
    ]);
    expect(code).toBe(0);
    const id = submittedId(printed);
    expect(printed).toContain('Quantity to return [1]:');
    expect(printed).toContain(
      'To approve, reject or retry requests you need one of these roles: admin-agent, global-admin. Your roles: sales-agent.',
    );
    expect(printed).toMatch(/Support request \d{16} filed with Microsoft/);
    expect(printed).toContain('The customer has been credited: done.');
    const request = await h.desk.request(id);
    expect(request).toMatchObject({
      status: 'credited_to_customer',
      quantity: 1,
      requestedBy: { name: 'Dev Patel' },
      decidedBy: { name: 'Ana Silva' },
      customerCredit: { reference: 'INV-88213' },
    });
    expect((await h.desk.auditOf(id)).map((a) => a.action)).toEqual([
      'submitted',
      'refused',
      'approved',
      'filed',
      'refunded_by_microsoft',
      'credited_to_customer',
    ]);
    expect(printed).toMatch(/credited to customer/);
    expect(printed).toMatch(/Reservation Desk request RD-\w+/);
    expect(printed.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('refuses self-approval and leaves the request pending', async () => {
    h = await openDesk();
    const { printed } = await converse(
      h,
      ['refund VM_RI_D2s_weu', '1', ...form('Workload retired'), '1'],
      'ana@partner.example',
    );
    const id = submittedId(printed);
    expect(printed).toContain(
      `You submitted ${id} yourself, so someone else with an approver role must decide it (four eyes).`,
    );
    expect((await h.desk.request(id))?.status).toBe('pending_approval');
  });

  it('refuses someone outside the directory and keeps acting as before', async () => {
    h = await openDesk();
    const { printed } = await converse(h, ['/as mallory@evil.example', 'whoami']);
    expect(printed).toContain(
      "You (mallory@evil.example) are not in Reservation Desk's agent directory.",
    );
    expect(printed).toContain('You are now Dev Patel (sales-agent).');
  });

  it('shows a refund over the cap without a way to submit it', async () => {
    h = await openDesk({
      file: {
        refundHistory: [
          {
            customerId: '3c1f4a8e-6b2d-4f0a-9d7e-2a5b8c9e1f00',
            date: '2026-03-01',
            amount: '49500.00',
          },
        ],
      },
    });
    const { printed } = await converse(h, ['refund VM_RI_D2s_weu', '1']);
    expect(printed).toContain(
      'so it cannot be submitted. No quantity fits now. Enough cap frees on Mar 1, 2027.',
    );
    expect(printed).not.toContain('Request this refund');
    expect(printed).toContain('There is no choice 1');
    expect(value(await h.desk.requests())).toHaveLength(0);
  });

  it('rejects with a reason, and the requester sees who rejected it', async () => {
    h = await openDesk();
    const { printed } = await converse(h, [
      'refund VM_RI_D2s_weu',
      '1',
      ...form('Not needed'),
      '/as ben',
      '2',
      'Customer keeps the reservation',
      'requests rejected',
    ]);
    const id = submittedId(printed);
    expect(printed).toContain('Rejected by Ben Okafor: Customer keeps the reservation');
    expect(
      errorCode(await h.desk.approve(await h.as('ana'), { requestId: id, channel: 'shell' })),
    ).toBe('ALREADY_DECIDED');
  });
});
