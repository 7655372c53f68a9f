import type { Reservation } from '../reservations/model.ts';
import { termMonths } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import { addMonths, type CalendarDate, daysBetween } from '../shared/time.ts';

/** A reservation's dates as seen from a cancellation date, in whole UTC days. */
export interface Timeline {
  readonly purchaseDate: CalendarDate;
  readonly expiryDate: CalendarDate;
  readonly asOf: CalendarDate;
  readonly daysHeld: number;
  readonly termDays: number;
  readonly remainingDays: number;
  /** Monthly payments over the whole term (12, 36, 60). */
  readonly months: number;
}

/** The expiry date from the data, else purchase + term in calendar months (month end clamped). */
export const expiryOf = (r: Reservation): CalendarDate =>
  r.expiryDate ?? addMonths(r.purchaseDate, termMonths[r.term]);

export const timelineOf = (r: Reservation, asOf: CalendarDate): Result<Timeline, DomainError> => {
  const expiryDate = expiryOf(r);
  if (asOf < r.purchaseDate) {
    return fail('AS_OF_BEFORE_PURCHASE', {
      asOf,
      purchaseDate: r.purchaseDate,
      reservation: r.displayName,
    });
  }
  if (asOf >= expiryDate) {
    return fail('RESERVATION_EXPIRED', { asOf, expiryDate, reservation: r.displayName });
  }
  return ok({
    purchaseDate: r.purchaseDate,
    expiryDate,
    asOf,
    daysHeld: daysBetween(r.purchaseDate, asOf),
    termDays: daysBetween(r.purchaseDate, expiryDate),
    remainingDays: daysBetween(asOf, expiryDate),
    months: termMonths[r.term],
  });
};

/**
 * Monthly payments already made on the as-of date: payment k falls due on purchase + k months;
 * those due strictly before the as-of date are paid, and the first one always is.
 */
export const paidMonths = (t: Timeline): number => {
  let paid = 0;
  for (let k = 0; k < t.months && addMonths(t.purchaseDate, k) < t.asOf; k += 1) paid += 1;
  return Math.max(1, paid);
};
