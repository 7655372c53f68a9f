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
 * The earliest date, from `asOf` on, on which `neededMinor` fits under `limitMinor` as earlier
 * entries roll off; null when it never fits (it is larger than the cap itself).
 */
export const capAvailableOn = (
  entries: readonly CapEntry[],
  asOf: CalendarDate,
  windowInDays: number,
  limitMinor: bigint,
  neededMinor: bigint,
): CalendarDate | null => {
  if (neededMinor > limitMinor) return null;
  const counted = entriesInWindow(entries, asOf, windowInDays).sort((a, b) =>
    a.date < b.date ? -1 : 1,
  );
  let used = sumMinor(counted);
  if (limitMinor - used >= neededMinor) return asOf;
  for (let i = 0; i < counted.length; i += 1) {
    const entry = counted[i] as CapEntry;
    used -= entry.amount.minor;
    const next = counted[i + 1];
    // Entries sharing a date free together: decide only after the last of them.
    if (next !== undefined && next.date === entry.date) continue;
    if (limitMinor - used >= neededMinor) return freesOn(entry, windowInDays);
  }
  return null;
};
