import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/quotes/policy.ts';
import { refundQuoteJson } from '../../../src/quotes/quote-json.ts';
import { quoteRefund, type RefundQuoteInput } from '../../../src/quotes/refund-quote.ts';
import { money } from '../../../src/shared/money.ts';
import { date } from '../../../src/shared/time.ts';
import { capEntry, domainReservation } from '../../support/core-builders.ts';

const quote = (overrides: Omit<Partial<RefundQuoteInput>, 'asOf'> & { asOf: string }) => {
  const { asOf, ...rest } = overrides;
  return quoteRefund({
    reservation: domainReservation(),
    policy: defaultPolicy,
    capEntries: [],
    ...rest,
    asOf: date(asOf),
  });
};
const json = (r: ReturnType<typeof quote>) => {
  if (!r.ok) throw new Error(`expected a quote, got ${r.error.code}`);
  return refundQuoteJson(r.value);
};
const code = (r: ReturnType<typeof quote>) => (r.ok ? 'quoted' : r.error.code);

describe('refund quotes beyond the worked examples', () => {
  it('returns part of a reservation pro rata', () => {
    expect(json(quote({ asOf: '2026-07-10', quantity: 1 }))).toMatchObject({
      quantity: 1,
      credit: '604.93',
      earlyTerminationFee: '72.59',
      refund: '532.34',
      capCounted: '604.93',
    });
  });

  it('gives back what was paid on an unused Monthly plan inside the window, counting the whole commitment', () => {
    const monthly = domainReservation({
      billingPlan: 'Monthly',
      term: 'P3Y',
      hasUsage: false,
      price: money(360_000n, 'USD'),
      pricingPrice: money(360_000n, 'USD'),
    });
    expect(json(quote({ reservation: monthly, asOf: '2026-01-12' }))).toMatchObject({
      creditBasis: 'full',
      credit: '100.00',
      earlyTerminationFee: '0.00',
      capCounted: '3600.00',
    });
  });

  it('never credits a negative amount on a Monthly plan when the next payment is not yet made', () => {
    const monthly = domainReservation({
      billingPlan: 'Monthly',
      term: 'P1Y',
      price: money(120_000n, 'USD'),
      pricingPrice: money(120_000n, 'USD'),
    });
    // On 2026-02-10 payment 1 falls due (not yet paid): remaining value 1098.08 < future payments 1100.00.
    const q = json(quote({ reservation: monthly, asOf: '2026-02-10' }));
    expect(q.credit).toBe('0.00');
    expect(q.refund).toBe('0.00');
  });

  it('credits in the billing currency and counts the cap in USD', () => {
    const eur = domainReservation({
      price: money(220_000n, 'EUR'),
      pricingPrice: money(240_000n, 'USD'),
    });
    expect(json(quote({ reservation: eur, asOf: '2026-07-10' }))).toMatchObject({
      currency: 'EUR',
      credit: '1109.04',
      capCounted: '1209.86',
    });
  });

  it('rounds currencies without minor units to whole yen', () => {
    const jpy = domainReservation({
      price: money(1_200_000n, 'JPY'),
      pricingPrice: money(800_000n, 'USD'),
    });
    const q = json(quote({ reservation: jpy, asOf: '2026-07-10' }));
    expect(q).toMatchObject({
      currency: 'JPY',
      credit: '604932',
      earlyTerminationFee: '72592',
      refund: '532340',
    });
  });

  it('derives the expiry from the term when the data has none', () => {
    const r = quote({ reservation: domainReservation({ term: 'P3Y' }), asOf: '2026-07-10' });
    expect(json(r).termDays).toBe(1096);
  });

  it('charges no fee when the policy sets it to 0 (Microsoft current practice)', () => {
    const q = json(
      quote({ asOf: '2026-07-10', policy: { ...defaultPolicy, earlyTerminationFeePercent: 0 } }),
    );
    expect(q.earlyTerminationFee).toBe('0.00');
    expect(q.refund).toBe('1209.86');
  });

  it('refuses dates before purchase and on or after expiry, and impossible quantities', () => {
    expect(code(quote({ asOf: '2026-01-09' }))).toBe('AS_OF_BEFORE_PURCHASE');
    expect(code(quote({ asOf: '2027-01-10' }))).toBe('RESERVATION_EXPIRED');
    expect(code(quote({ asOf: '2027-01-09' }))).toBe('quoted');
    for (const quantity of [0, 3, 1.5, -1])
      expect(code(quote({ asOf: '2026-07-10', quantity }))).toBe('INVALID_QUANTITY');
  });

  it('offers the largest quantity that still fits the cap', () => {
    const capEntries = [capEntry('2026-03-01', '48000.00')];
    const big = domainReservation({
      quantity: 10,
      price: money(2_400_000n, 'USD'),
      pricingPrice: money(2_400_000n, 'USD'),
    });
    const q = json(quote({ reservation: big, asOf: '2026-07-10', capEntries }));
    expect(q).toMatchObject({
      exceedsCap: true,
      capRemaining: '2000.00',
      maxQuantityWithinCap: 1,
      capAvailableOn: '2027-03-01',
    });
  });

  it('says never when the refund is larger than the whole cap', () => {
    const huge = domainReservation({
      quantity: 100,
      price: money(24_000_000n, 'USD'),
      pricingPrice: money(24_000_000n, 'USD'),
    });
    const q = json(quote({ reservation: huge, asOf: '2026-07-10' }));
    expect(q).toMatchObject({ exceedsCap: true, capAvailableOn: null, maxQuantityWithinCap: 41 });
  });

  it('stops counting a refund exactly capWindowDays after its date', () => {
    const capEntries = [capEntry('2025-07-10', '49000.00'), capEntry('2025-07-11', '1.00')];
    expect(json(quote({ asOf: '2026-07-10', capEntries })).capUsed).toBe('1.00');
  });
});
