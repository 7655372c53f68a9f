import { describe, expect, it } from 'vitest';
import { quoteExchange } from '../../../src/quotes/exchange-quote.ts';
import { defaultPolicy } from '../../../src/quotes/policy.ts';
import { exchangeQuoteJson, refundQuoteJson } from '../../../src/quotes/quote-json.ts';
import { quoteRefund } from '../../../src/quotes/refund-quote.ts';
import { money } from '../../../src/shared/money.ts';
import { date } from '../../../src/shared/time.ts';
import { capEntry, domainReservation } from '../../support/core-builders.ts';

// Every worked example of refund-policy.md, to the cent.
const refundOf = (used: boolean, asOf: string) => {
  const r = quoteRefund({
    reservation: domainReservation({ hasUsage: used }),
    asOf: date(asOf),
    policy: defaultPolicy,
    capEntries: [],
  });
  if (!r.ok) throw new Error(r.error.message);
  return refundQuoteJson(r.value);
};

describe('Reservation A: Upfront P1Y, 2026-01-10, Q 2, 2400.00 USD', () => {
  it.each([
    ['2026-01-14', true, 4, 'prorated', '2373.70', '0.00', '2373.70'],
    ['2026-01-15', false, 5, 'full', '2400.00', '0.00', '2400.00'],
    ['2026-01-16', false, 6, 'prorated', '2360.55', '283.27', '2077.28'],
    ['2026-07-10', true, 181, 'prorated', '1209.86', '145.18', '1064.68'],
  ] as const)(
    'as of %s (used: %s) refunds the table row',
    (asOf, used, days, basis, credit, fee, refund) => {
      const q = refundOf(used, asOf);
      expect(q).toMatchObject({
        daysSincePurchase: days,
        termDays: 365,
        creditBasis: basis,
        credit,
        earlyTerminationFee: fee,
        refund,
        currency: 'USD',
        quantity: 2,
        exceedsCap: false,
      });
    },
  );

  it('counts days as the table says: 361 and 184 remaining of 365', () => {
    expect(refundOf(true, '2026-01-14').remainingDays).toBe(361);
    expect(refundOf(true, '2026-07-10').remainingDays).toBe(184);
  });
});

describe('Reservation B: Monthly P3Y, 2026-01-10, Q 2, 3600.00 USD, as of 2027-07-10', () => {
  const b = domainReservation({
    billingPlan: 'Monthly',
    term: 'P3Y',
    price: money(360_000n, 'USD'),
    pricingPrice: money(360_000n, 'USD'),
    reservedResourceType: 'SqlDatabases',
  });
  const asOf = date('2027-07-10');

  it('credits remaining value minus future payments, with the fee on the rounded credit', () => {
    const r = quoteRefund({ reservation: b, asOf, policy: defaultPolicy, capEntries: [] });
    expect(r.ok && refundQuoteJson(r.value)).toMatchObject({
      termDays: 1096,
      remainingDays: 550,
      credit: '6.57',
      earlyTerminationFee: '0.79',
      refund: '5.78',
      capCounted: '1806.57',
    });
  });

  it('sets the exchange minimum at the future payments, 1800.00', () => {
    const newPurchase = { reservedResourceType: 'SqlDatabases', total: money(180_000n, 'USD') };
    const r = quoteExchange({ reservation: b, asOf, policy: defaultPolicy, newPurchase });
    expect(r.ok && exchangeQuoteJson(r.value)).toEqual({
      reservationId: b.id,
      quantity: 2,
      currency: 'USD',
      credit: '6.57',
      remainingCommitment: '1800.00',
      minimumNewTotal: '1800.00',
      newTotal: '1800.00',
      netPayable: '1793.43',
    });
  });

  it('refuses a new total of 1799.99, naming the minimum', () => {
    const newPurchase = { reservedResourceType: 'SqlDatabases', total: money(179_999n, 'USD') };
    const r = quoteExchange({ reservation: b, asOf, policy: defaultPolicy, newPurchase });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('EXCHANGE_BELOW_REMAINING_COMMITMENT');
    expect(r.error.details).toMatchObject({ minimumNewTotal: '1800.00' });
    expect(r.error.message).toContain('1800.00');
  });
});

describe('the rolling refund cap', () => {
  it('refuses 12098.63 against 1000.00 remaining: no quantity fits, cap frees 2026-12-01', () => {
    const big = domainReservation({
      quantity: 10,
      price: money(2_400_000n, 'USD'),
      pricingPrice: money(2_400_000n, 'USD'),
    });
    const capEntries = [capEntry('2025-12-01', '30000.00'), capEntry('2026-03-01', '19000.00')];
    const r = quoteRefund({
      reservation: big,
      asOf: date('2026-07-10'),
      policy: defaultPolicy,
      capEntries,
    });
    expect(r.ok && refundQuoteJson(r.value)).toMatchObject({
      credit: '12098.63',
      capLimit: '50000.00',
      capCounted: '12098.63',
      capUsed: '49000.00',
      capRemaining: '1000.00',
      exceedsCap: true,
      maxQuantityWithinCap: 0,
      capAvailableOn: '2026-12-01',
    });
  });
});
