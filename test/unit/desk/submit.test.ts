import { afterEach, describe, expect, it } from 'vitest';
import { contact, errorCode, type Harness, openDesk, value } from '../../support/desk-harness.ts';
import { refund, reservation } from '../../support/tenant-builders.ts';

let h: Harness;
afterEach(async () => h?.close());

const submission = {
  reservation: 'VM_RI_D2s_weu',
  reason: 'Customer is moving to Savings Plans',
  contact,
  channel: 'shell' as const,
};

describe('submitting a refund request', () => {
  it('stores a pending request with the server-side quote and audits it', async () => {
    h = await openDesk();
    const r = value(await h.desk.submitRefund(await h.as('dev'), submission));
    expect(r).toMatchObject({
      status: 'pending_approval',
      kind: 'refund',
      quantity: 2,
      requestedBy: { email: 'dev@partner.example' },
      quoteAsOf: '2026-07-10',
    });
    expect(r.quote).toMatchObject({
      credit: '1209.86',
      earlyTerminationFee: '145.18',
      refund: '1064.68',
    });
    const audit = await h.desk.auditOf(r.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'submitted',
        to: 'pending_approval',
        channel: 'shell',
        quote: r.quote,
      }),
    ]);
  });

  it('creates one request for one platform key, however often it arrives', async () => {
    h = await openDesk();
    const dev = await h.as('dev');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        h.desk.submitRefund(dev, { ...submission, idempotencyKey: 'view-V123' }),
      ),
    );
    const ids = new Set(results.map((r) => value(r).id));
    expect(ids.size).toBe(1);
    expect(value(await h.desk.requests())).toHaveLength(1);
  });

  it('lets every Partner Center role submit, but refuses people outside the directory', async () => {
    h = await openDesk();
    expect(
      errorCode(await h.desk.submitRefund(await h.as('hana'), { ...submission, quantity: 1 })),
    ).toBe('ok');
    expect(errorCode(await h.desk.identify({ kind: 'slack', userId: 'U0NOBODY' }))).toBe(
      'UNKNOWN_USER',
    );
  });

  it('refuses a refund over the remaining cap, saying what fits and when, and stores nothing', async () => {
    h = await openDesk({
      file: {
        refundHistory: [
          refund({ date: '2025-12-01', amount: '30000.00' }),
          refund({ date: '2026-03-01', amount: '19000.00' }),
        ],
      },
    });
    const r = await h.desk.submitRefund(await h.as('dev'), submission);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CAP_EXCEEDED');
    expect(r.error.details).toMatchObject({
      capRemaining: '1000.00',
      maxQuantityWithinCap: 1,
      capAvailableOn: '2026-12-01',
    });
    expect(r.error.message).toContain('2026-12-01');
    expect(value(await h.desk.requests())).toHaveLength(0);
  });

  it('names each bad contact field and each missing piece, storing nothing', async () => {
    h = await openDesk();
    const dev = await h.as('dev');
    const bad = await h.desk.submitRefund(dev, {
      ...submission,
      contact: {
        ...contact,
        email: 'not-an-email',
        preferredContactMethod: 'phone',
        phone: '',
        country: 'United Kingdom',
      },
    });
    expect(errorCode(bad)).toBe('INVALID_CONTACT');
    if (!bad.ok)
      expect(bad.error.details.fields).toEqual(
        expect.arrayContaining(['email', 'phone', 'country']),
      );
    expect(errorCode(await h.desk.submitRefund(dev, { ...submission, reason: '   ' }))).toBe(
      'REASON_REQUIRED',
    );
    expect(errorCode(await h.desk.submitRefund(dev, { ...submission, quantity: 3 }))).toBe(
      'INVALID_QUANTITY',
    );
    expect(errorCode(await h.desk.submitRefund(dev, { ...submission, reservation: 'nope' }))).toBe(
      'RESERVATION_NOT_FOUND',
    );
    expect(value(await h.desk.requests())).toHaveLength(0);
  });

  it('refuses a reservation that has expired', async () => {
    h = await openDesk({ now: '2027-02-01T00:00:00Z' });
    expect(errorCode(await h.desk.submitRefund(await h.as('dev'), submission))).toBe(
      'RESERVATION_EXPIRED',
    );
  });
});

describe('submitting an exchange request', () => {
  const b = reservation({
    displayName: 'SQL_MI_monthly_neu',
    billingPlan: 'Monthly',
    term: 'P3Y',
    expiryDate: '2029-01-10',
    price: { amount: '3600.00', currency: 'USD' },
    reservedResourceType: 'SqlDatabases',
  });
  const exchange = {
    ...submission,
    reservation: 'SQL_MI_monthly_neu',
    newTotal: '1800.00',
    newPurchase: {
      sku: 'SQLMI_BC_Compute_Gen5',
      location: 'northeurope',
      term: 'P3Y' as const,
      quantity: 1,
      billingPlan: 'Monthly' as const,
    },
  };

  it('stores the new purchase and the exchange quote', async () => {
    h = await openDesk({ now: '2027-07-10T09:00:00Z', file: { reservations: [b] } });
    const r = value(await h.desk.submitExchange(await h.as('dev'), exchange));
    expect(r).toMatchObject({
      kind: 'exchange',
      newPurchase: {
        reservedResourceType: 'SqlDatabases',
        total: '1800.00',
        currency: 'USD',
        sku: 'SQLMI_BC_Compute_Gen5',
      },
    });
    expect(r.quote).toMatchObject({
      credit: '6.57',
      minimumNewTotal: '1800.00',
      netPayable: '1793.43',
    });
  });

  it('refuses a new purchase below the minimum or in another family', async () => {
    h = await openDesk({ now: '2027-07-10T09:00:00Z', file: { reservations: [b] } });
    const dev = await h.as('dev');
    expect(errorCode(await h.desk.submitExchange(dev, { ...exchange, newTotal: '1799.99' }))).toBe(
      'EXCHANGE_BELOW_REMAINING_COMMITMENT',
    );
    expect(errorCode(await h.desk.submitExchange(dev, { ...exchange, newType: 'CosmosDb' }))).toBe(
      'EXCHANGE_PRODUCT_FAMILY_MISMATCH',
    );
    expect(errorCode(await h.desk.submitExchange(dev, { ...exchange, newTotal: '1,800' }))).toBe(
      'INVALID_AMOUNT',
    );
  });
});
