import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type CapEntry, capAvailableOn, entriesInWindow, sumMinor } from '../../src/quotes/cap.ts';
import { defaultPolicy } from '../../src/quotes/policy.ts';
import { quoteRefund } from '../../src/quotes/refund-quote.ts';
import { expiryOf, paidMonths } from '../../src/quotes/timeline.ts';
import type { Reservation } from '../../src/reservations/model.ts';
import { money } from '../../src/shared/money.ts';
import { addDays, type CalendarDate, date, daysBetween } from '../../src/shared/time.ts';
import { domainReservation } from '../support/core-builders.ts';

const start = date('2020-01-01');
const dayArb = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((n) => addDays(start, n));

const reservationArb = fc
  .record({
    billingPlan: fc.constantFrom('Upfront' as const, 'Monthly' as const),
    term: fc.constantFrom('P1Y' as const, 'P3Y' as const, 'P5Y' as const),
    quantity: fc.integer({ min: 1, max: 50 }),
    totalMinor: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    purchaseDate: dayArb(0, 3000),
    hasUsage: fc.boolean(),
  })
  .map(
    (r): Reservation =>
      domainReservation({
        billingPlan: r.billingPlan,
        term: r.term,
        quantity: r.quantity,
        price: money(r.totalMinor, 'USD'),
        pricingPrice: money(r.totalMinor, 'USD'),
        purchaseDate: r.purchaseDate,
        hasUsage: r.hasUsage,
      }),
  );

/** A reservation, a quantity to return and an as-of date inside its term. */
const caseArb = reservationArb.chain((r) =>
  fc.record({
    reservation: fc.constant(r),
    quantity: fc.integer({ min: 1, max: r.quantity }),
    offset: fc.integer({ min: 0, max: daysBetween(r.purchaseDate, expiryOf(r)) - 1 }),
  }),
);

const ledgerArb = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 5000 }),
    minor: fc.bigInt({ min: 1n, max: 3_000_000n }),
  }),
  { maxLength: 12 },
);
const toLedger = (rows: { day: number; minor: bigint }[]): CapEntry[] =>
  rows.map((e) => ({
    customerId: 'contoso',
    date: addDays(start, e.day),
    amount: money(e.minor, 'USD'),
    source: 'history',
  }));

const quoteOn = (
  r: Reservation,
  quantity: number,
  asOf: CalendarDate,
  capEntries: CapEntry[] = [],
) => {
  const q = quoteRefund({ reservation: r, quantity, asOf, policy: defaultPolicy, capEntries });
  if (!q.ok) throw new Error(q.error.message);
  return q.value;
};

describe('refund quote invariants', () => {
  test.prop([caseArb])(
    'the lines add up: refund = credit − fee',
    ({ reservation, quantity, offset }) => {
      const q = quoteOn(reservation, quantity, addDays(reservation.purchaseDate, offset));
      expect(q.refund.minor + q.earlyTerminationFee.minor).toBe(q.credit.minor);
    },
  );

  test.prop([caseArb])('0 ≤ refund ≤ credit ≤ commitment', ({ reservation, quantity, offset }) => {
    const q = quoteOn(reservation, quantity, addDays(reservation.purchaseDate, offset));
    const commitmentCeil =
      (reservation.price.minor * BigInt(quantity) + BigInt(reservation.quantity) - 1n) /
      BigInt(reservation.quantity);
    expect(q.refund.minor >= 0n).toBe(true);
    expect(q.refund.minor <= q.credit.minor).toBe(true);
    expect(q.credit.minor <= commitmentCeil).toBe(true);
  });

  test.prop([caseArb, fc.integer({ min: 1, max: 400 })])(
    'never grows as the as-of date moves later past the grace window',
    ({ reservation, quantity, offset }, step) => {
      const termDays = daysBetween(reservation.purchaseDate, expiryOf(reservation));
      const first = Math.max(offset, defaultPolicy.graceDays + 1);
      const second = first + step;
      fc.pre(second < termDays);
      const earlier = quoteOn(reservation, quantity, addDays(reservation.purchaseDate, first));
      const later = quoteOn(reservation, quantity, addDays(reservation.purchaseDate, second));
      expect(later.cap.counted.minor <= earlier.cap.counted.minor).toBe(true);
      if (reservation.billingPlan === 'Upfront') {
        expect(later.credit.minor <= earlier.credit.minor).toBe(true);
        expect(later.refund.minor <= earlier.refund.minor).toBe(true);
        return;
      }
      // Monthly: each payment made raises the credit by design (it is money paid for time not
      // used). What never grows is the customer's net position, credit − payments made, up to the
      // one minor unit that rounding the credit may move.
      const months = BigInt(earlier.timeline.months);
      const scale = BigInt(reservation.quantity) * months;
      const paid = (q: typeof earlier) =>
        reservation.price.minor * BigInt(quantity) * BigInt(paidMonths(q.timeline));
      const net = (q: typeof earlier) => q.credit.minor * scale - paid(q);
      expect(net(later) <= net(earlier) + scale).toBe(true);
    },
  );

  test.prop([caseArb, ledgerArb])(
    'a quote that fits the cap never pushes the ledger past it',
    ({ reservation, quantity, offset }, rows) => {
      const asOf = addDays(reservation.purchaseDate, offset);
      const ledger = toLedger(rows);
      const q = quoteOn(reservation, quantity, asOf, ledger);
      const limit = q.cap.limit.minor;
      if (!q.cap.exceeds) {
        expect(q.cap.counted.minor <= q.cap.remaining.minor).toBe(true);
        if (q.cap.used.minor <= limit)
          expect(q.cap.used.minor + q.cap.counted.minor <= limit).toBe(true);
        return;
      }
      const fits = q.cap.maxQuantityWithinCap ?? 0;
      if (fits > 0) expect(quoteOn(reservation, fits, asOf, ledger).cap.exceeds).toBe(false);
      if (fits < quantity)
        expect(quoteOn(reservation, fits + 1, asOf, ledger).cap.exceeds).toBe(true);
      const usedOn = (d: CalendarDate) =>
        sumMinor(entriesInWindow(ledger, d, defaultPolicy.capWindowDays));
      const on = q.cap.availableOn;
      if (on === null || on === undefined) {
        expect(q.cap.counted.minor > limit).toBe(true);
      } else {
        expect(usedOn(on) + q.cap.counted.minor <= limit).toBe(true);
        expect(usedOn(addDays(on, -1)) + q.cap.counted.minor > limit).toBe(true);
      }
    },
  );
});

describe('capAvailableOn', () => {
  // The definition, tried date by date: the window's sum recomputed on each candidate.
  const byDefinition = (
    entries: readonly CapEntry[],
    asOf: CalendarDate,
    window: number,
    limit: bigint,
    needed: bigint,
  ): CalendarDate | null => {
    if (needed > limit) return null;
    const candidates = [
      asOf,
      ...entries.map((e) => addDays(e.date, window)).filter((d) => d > asOf),
    ];
    const fits = (d: CalendarDate) =>
      sumMinor(entriesInWindow(entries, d, window)) + needed <= limit;
    return [...new Set(candidates)].sort().find(fits) ?? null;
  };

  test.prop(
    [
      fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 900 }),
          minor: fc.bigInt({ min: 1n, max: 4_000n }),
        }),
        { maxLength: 40 },
      ),
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 1, max: 400 }),
      fc.bigInt({ min: 0n, max: 20_000n }),
      fc.bigInt({ min: 0n, max: 12_000n }),
    ],
    { numRuns: 1000 },
  )(
    'answers the first date the definition finds, or null',
    (rows, asOfDay, window, limit, needed) => {
      const entries = toLedger(rows);
      const asOf = addDays(start, asOfDay);
      expect(capAvailableOn(entries, asOf, window, limit, needed)).toBe(
        byDefinition(entries, asOf, window, limit, needed),
      );
    },
  );
});
