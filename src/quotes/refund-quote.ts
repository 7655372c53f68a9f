import { hasBeenUsed, type Reservation } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { type Money, money, roundHalfUp } from '../shared/money.ts';
import { roundRatio } from '../shared/ratio.ts';
import { ok, type Result } from '../shared/result.ts';
import type { CalendarDate } from '../shared/time.ts';
import { type CapEntry, capAvailableOn, entriesInWindow, sumMinor } from './cap.ts';
import { figuresOf } from './figures.ts';
import { feeBasisPoints, type PolicyProfile } from './policy.ts';
import { type Timeline, timelineOf } from './timeline.ts';

/** Where the quote stands against the customer's rolling refund cap. All amounts in USD. */
export interface CapCheck {
  readonly limit: Money;
  /** This quote's canceled commitment. */
  readonly counted: Money;
  readonly used: Money;
  readonly remaining: Money;
  readonly exceeds: boolean;
  /** When `exceeds`: the largest quantity whose canceled commitment fits (0 if none). */
  readonly maxQuantityWithinCap?: number;
  /** When `exceeds`: the first date enough cap is free, or null if never. */
  readonly availableOn?: CalendarDate | null;
}

export interface RefundQuote {
  readonly reservationId: string;
  readonly customerId: string;
  readonly quantity: number;
  readonly asOf: CalendarDate;
  readonly currency: string;
  readonly timeline: Timeline;
  readonly hasUsage: boolean;
  readonly withinGraceWindow: boolean;
  readonly creditBasis: 'full' | 'prorated';
  readonly credit: Money;
  readonly earlyTerminationFee: Money;
  readonly refund: Money;
  readonly cap: CapCheck;
}

export interface RefundQuoteInput {
  readonly reservation: Reservation;
  /** Units to return; default all of them. */
  /** Units to return, as a number or as typed; all of them when omitted. */
  readonly quantity?: number | string;
  readonly asOf: CalendarDate;
  readonly policy: PolicyProfile;
  /** The customer's cap ledger (history and bot-approved refunds). */
  readonly capEntries: readonly CapEntry[];
}

/**
 * Refuses a quantity that is not a whole number in 1…Q. Channels may pass the text as typed, so the
 * refusal quotes what the person wrote.
 */
export const checkQuantity = (
  r: Reservation,
  quantity: number | string,
): Result<number, DomainError> => {
  const n =
    typeof quantity === 'number'
      ? quantity
      : /^\s*\d+\s*$/.test(quantity)
        ? Number(quantity)
        : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= r.quantity
    ? ok(n)
    : fail('INVALID_QUANTITY', {
        quantity: String(quantity).trim(),
        max: r.quantity,
        reservation: r.displayName,
      });
};

/**
 * The refund (cancellation) quote of refund-policy.md: credit, early-termination fee, refund, and
 * the rolling cap check. Exact rational arithmetic, rounded half up once per published line.
 */
export const quoteRefund = (input: RefundQuoteInput): Result<RefundQuote, DomainError> => {
  const { reservation: r, policy, asOf } = input;
  const q = checkQuantity(r, input.quantity ?? r.quantity);
  if (!q.ok) return q;
  const t = timelineOf(r, asOf);
  if (!t.ok) return t;
  const timeline = t.value;
  const used = hasBeenUsed(r);
  const within = timeline.daysHeld <= policy.graceDays;
  const full = within && !used;
  const figuresFor = (total: bigint, quantity: number) =>
    figuresOf({
      total,
      quantity,
      reservationQuantity: r.quantity,
      plan: r.billingPlan,
      timeline,
      full,
    });

  const creditMinor = roundRatio(figuresFor(r.price.minor, q.value).credit);
  const feeMinor = within ? 0n : roundHalfUp(creditMinor * feeBasisPoints(policy), 10_000n);
  const canceledUsd = (quantity: number) =>
    roundRatio(figuresFor(r.pricingPrice.minor, quantity).canceledCommitment);

  const counted = canceledUsd(q.value);
  const limit = policy.refundCap.minor;
  const usedMinor = sumMinor(entriesInWindow(input.capEntries, asOf, policy.capWindowDays));
  const remaining = limit > usedMinor ? limit - usedMinor : 0n;
  const exceeds = counted > remaining;
  const usd = (minor: bigint) => money(minor, 'USD');
  const cap: CapCheck = exceeds
    ? {
        limit: usd(limit),
        counted: usd(counted),
        used: usd(usedMinor),
        remaining: usd(remaining),
        exceeds,
        maxQuantityWithinCap: largestFitting(q.value, (n) => canceledUsd(n) <= remaining),
        availableOn: capAvailableOn(input.capEntries, asOf, policy.capWindowDays, limit, counted),
      }
    : {
        limit: usd(limit),
        counted: usd(counted),
        used: usd(usedMinor),
        remaining: usd(remaining),
        exceeds,
      };

  return ok({
    reservationId: r.id,
    customerId: r.customerId,
    quantity: q.value,
    asOf,
    currency: r.price.currency,
    timeline,
    hasUsage: used,
    withinGraceWindow: within,
    creditBasis: full ? 'full' : 'prorated',
    credit: money(creditMinor, r.price.currency),
    earlyTerminationFee: money(feeMinor, r.price.currency),
    refund: money(creditMinor - feeMinor, r.price.currency),
    cap,
  });
};

/** The largest n in 0…upTo with fits(n); fits is monotone (more units never cost less). */
const largestFitting = (upTo: number, fits: (n: number) => boolean): number => {
  let low = 0;
  let high = upTo;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
};
