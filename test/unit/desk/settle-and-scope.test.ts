import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../../adapters/storage/lowdb-store.ts';
import { contact, errorCode, type Harness, openDesk, value } from '../../support/desk-harness.ts';

let h: Harness;
afterEach(async () => h?.close());

const filedRequest = async () => {
  const request = value(
    await h.desk.submitRefund(await h.as('dev'), {
      reservation: 'VM_RI_D2s_weu',
      reason: 'moving to Savings Plans',
      contact,
      channel: 'teams',
    }),
  );
  return value(await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'teams' }))
    .request;
};

describe('tracking the money after filing', () => {
  it('records Microsoft refunding the partner and the customer being credited, closing the audit chain', async () => {
    h = await openDesk();
    const filed = await filedRequest();
    const ben = await h.as('ben');
    const refunded = value(
      await h.desk.recordMicrosoftRefund(ben, {
        requestId: filed.id,
        channel: 'teams',
        reference: 'CN-2026-0711',
      }),
    );
    expect(refunded).toMatchObject({
      status: 'refunded_by_microsoft',
      microsoftRefund: {
        amount: '1064.68',
        currency: 'USD',
        reference: 'CN-2026-0711',
        recordedBy: { name: 'Ben Okafor' },
      },
    });
    const credited = value(
      await h.desk.recordCustomerCredit(ben, {
        requestId: filed.id,
        channel: 'teams',
        amount: '1064.68',
        reference: 'INV-88213',
      }),
    );
    expect(credited.status).toBe('credited_to_customer');
    const audit = await h.desk.auditOf(filed.id);
    expect(audit.map((a) => a.action)).toEqual([
      'submitted',
      'approved',
      'filed',
      'refunded_by_microsoft',
      'credited_to_customer',
    ]);
    expect(audit.at(-1)?.note).toBe('1064.68 USD, reference INV-88213');
  });

  it('notes an amount that differs from the quote', async () => {
    h = await openDesk();
    const filed = await filedRequest();
    await h.desk.recordMicrosoftRefund(await h.as('ana'), {
      requestId: filed.id,
      channel: 'shell',
      amount: '1000.00',
      reference: 'CN-1',
    });
    expect((await h.desk.auditOf(filed.id)).at(-1)?.note).toBe(
      '1000.00 USD (quoted 1064.68), reference CN-1',
    );
  });

  it('refuses steps out of order, without a reference, with a bad amount, or by a non-approver', async () => {
    h = await openDesk();
    const filed = await filedRequest();
    const ana = await h.as('ana');
    expect(
      errorCode(
        await h.desk.recordCustomerCredit(ana, {
          requestId: filed.id,
          channel: 'shell',
          reference: 'INV-1',
        }),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(
      errorCode(
        await h.desk.recordMicrosoftRefund(ana, {
          requestId: filed.id,
          channel: 'shell',
          reference: '',
        }),
      ),
    ).toBe('REASON_REQUIRED');
    expect(
      errorCode(
        await h.desk.recordMicrosoftRefund(ana, {
          requestId: filed.id,
          channel: 'shell',
          reference: 'CN',
          amount: '10.001',
        }),
      ),
    ).toBe('AMOUNT_TOO_PRECISE');
    expect(
      errorCode(
        await h.desk.recordMicrosoftRefund(await h.as('dev'), {
          requestId: filed.id,
          channel: 'shell',
          reference: 'CN',
        }),
      ),
    ).toBe('NOT_PERMITTED');
    expect((await h.desk.request(filed.id))?.status).toBe('filed');
  });

  it('keeps every request and audit line across a restart', async () => {
    h = await openDesk();
    const filed = await filedRequest();
    const reopened = await openLowdbStore({ path: h.storePath, readOnly: true });
    const state = await reopened.read();
    expect(state.requests.map((r) => [r.id, r.status])).toEqual([[filed.id, 'filed']]);
    expect(state.audit).toHaveLength(3);
  });
});

describe('changing scope', () => {
  it('lets an approver change the scope, audited, and shows the new scope from then on', async () => {
    h = await openDesk();
    const sub = '/subscriptions/8f3a1c2e-5b6d-4e7f-9a0b-1c2d3e4f5a6b';
    const r = value(
      await h.desk.changeScope(await h.as('ana'), {
        reservation: 'VM_RI_D2s_weu',
        scope: sub,
        channel: 'slack',
      }),
    );
    expect(r.before.scope).toEqual({ type: 'Shared', target: null });
    expect(r.after.scope).toEqual({ type: 'Single', target: sub });
    expect(value(await h.desk.show('VM_RI_D2s_weu')).reservation.scope.type).toBe('Single');
  });

  it('refuses other roles and scopes it cannot read', async () => {
    h = await openDesk();
    expect(
      errorCode(
        await h.desk.changeScope(await h.as('dev'), {
          reservation: 'VM_RI_D2s_weu',
          scope: 'shared',
          channel: 'slack',
        }),
      ),
    ).toBe('NOT_PERMITTED');
    expect(
      errorCode(
        await h.desk.changeScope(await h.as('ana'), {
          reservation: 'VM_RI_D2s_weu',
          scope: 'my subscription',
          channel: 'slack',
        }),
      ),
    ).toBe('INVALID_SCOPE');
  });
});

describe('listing requests', () => {
  it('filters by status and accepts "pending" for pending_approval, refusing unknown statuses', async () => {
    h = await openDesk();
    await filedRequest();
    await h.desk.submitRefund(await h.as('dev'), {
      reservation: 'VM_RI_D2s_weu',
      quantity: 1,
      reason: 'r',
      contact,
      channel: 'shell',
    });
    expect(value(await h.desk.requests('pending')).map((r) => r.status)).toEqual([
      'pending_approval',
    ]);
    expect(value(await h.desk.requests('filed'))).toHaveLength(1);
    expect(errorCode(await h.desk.requests('done'))).toBe('INVALID_STATUS');
  });

  it('shows an undecided request past its expiry as expired even before it is written', async () => {
    h = await openDesk();
    await h.desk.submitRefund(await h.as('dev'), {
      reservation: 'VM_RI_D2s_weu',
      reason: 'r',
      contact,
      channel: 'shell',
    });
    h.clock.set('2026-08-01T00:00:00Z');
    expect(value(await h.desk.requests()).map((r) => r.status)).toEqual(['expired']);
    expect(await h.desk.expireStale()).toBe(1);
  });
});
