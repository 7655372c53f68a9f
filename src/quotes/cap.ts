import type { Money } from '../shared/money.ts';
import { addDays, type CalendarDate } from '../shared/time.ts';

/** One canceled commitment that counts toward a customer's refund cap, in USD. */
export interface CapEntry {
  readonly customerId: string;
  readonly date: CalendarDate;
  readonly amount: Money;
  /** `history`: from the provider (refunds made outside the bot); `bot`: a request the bot approved. */
  readonly source: 'history' | 'bot';
  readonly requestId?: string;
}

/** The entries counted on `asOf`: dated in (asOf − windowInDays, asOf]. */
export const entriesInWindow = (
  entries: readonly CapEntry[],
  asOf: CalendarDate,
  windowInDays: number,
): CapEntry[] => {
  const opensAfter = addDays(asOf, -windowInDays);
  return entries.filter((e) => e.date > opensAfter && e.date <= asOf);
};

export const sumMinor = (entries: readonly CapEntry[]): bigint =>
  entries.reduce((sum, e) => sum + e.amount.minor, 0n);

/** The date an entry stops counting. */
export const freesOn = (e: CapEntry, windowInDays: number): CalendarDate =>
  addDays(e.date, windowInDays);

/**
 * The earliest date, from `asOf` on, on which `neededMinor` fits under `limitMinor` as entries roll
 * off; null when it never fits (it is larger than the cap itself). A fit can only begin on `asOf`
 * or on a date an entry frees, so those are the only dates tried, in order, with the window's sum
 * carried from one to the next (a customer with thousands of refunds is a sort, not a square).
 */
export const capAvailableOn = (
  entries: readonly CapEntry[],
  asOf: CalendarDate,
  windowInDays: number,
  limitMinor: bigint,
  neededMinor: bigint,
): CalendarDate | null => {
  if (neededMinor > limitMinor) return null;
  const byDate = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const candidates = [
    ...new Set([asOf, ...entries.map((e) => freesOn(e, windowInDays)).filter((d) => d > asOf)]),
  ].sort();
  let sum = 0n;
  let entered = 0;
  let left = 0;
  for (const day of candidates) {
    // The window on `day` is (day − windowInDays, day].
    for (let e = byDate[entered]; e !== undefined && e.date <= day; e = byDate[entered]) {
      sum += e.amount.minor;
      entered += 1;
    }
    const opensAfter = addDays(day, -windowInDays);
    for (
      let e = byDate[left];
      e !== undefined && left < entered && e.date <= opensAfter;
      e = byDate[left]
    ) {
      sum -= e.amount.minor;
      left += 1;
    }
    if (sum + neededMinor <= limitMinor) return day;
  }
  return null;
};
