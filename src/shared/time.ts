import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import type { DomainError } from './errors.ts';
import { fail } from './errors.ts';
import { ok, type Result } from './result.ts';

dayjs.extend(utc);

/** A UTC calendar date, "YYYY-MM-DD". All policy arithmetic is in whole UTC days. */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };
/** An instant as an ISO-8601 UTC string, "2026-11-28T15:48:00.000Z". */
export type Instant = string;

/** Where the core gets "now". Adapters implement it (system clock, or a fixed demo time). */
export interface Clock {
  /** The current instant, ISO-8601 in UTC. */
  now(): Instant;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" strictly (no rollover: 2026-02-30 is refused). */
export const parseDate = (text: string): Result<CalendarDate, DomainError> => {
  const trimmed = text.trim();
  const parsed = datePattern.test(trimmed) ? dayjs.utc(trimmed) : null;
  if (parsed === null || !parsed.isValid() || parsed.format('YYYY-MM-DD') !== trimmed) {
    return fail('INVALID_DATE', { date: text });
  }
  return ok(trimmed as CalendarDate);
};

/** For values already validated at an edge (schemas, tests). Throws on a malformed date. */
export const date = (text: string): CalendarDate => {
  const r = parseDate(text);
  if (!r.ok) throw new Error(`Not a calendar date: ${text}`);
  return r.value;
};

const at = (d: CalendarDate) => dayjs.utc(d);
const out = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD') as CalendarDate;

/** The UTC calendar date of an instant. */
export const dateOf = (instant: Instant): CalendarDate => out(dayjs.utc(instant));
export const today = (clock: Clock): CalendarDate => dateOf(clock.now());

export const addDays = (d: CalendarDate, days: number): CalendarDate => out(at(d).add(days, 'day'));
/** Adds calendar months, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export const addMonths = (d: CalendarDate, months: number): CalendarDate =>
  out(at(d).add(months, 'month'));
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  at(to).diff(at(from), 'day');

export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  a < b ? -1 : a > b ? 1 : 0;
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);

// A date, or a date and time that names its zone (Z or ±HH:MM): a time without a zone would be
// read in the machine's local zone.
const instantPattern =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * Parses an ISO-8601 instant with an explicit zone ("2026-11-28T09:00:00Z", "…T10:00+01:00") or a
 * bare date (midnight UTC) into UTC. Impossible dates and times (2026-02-30, 24:00) are refused,
 * never rolled over.
 */
export const parseInstant = (text: string): Result<Instant, DomainError> => {
  const trimmed = text.trim();
  const m = instantPattern.exec(trimmed);
  const [, day = '', h = '0', mi = '0', sec = '0', oh = '0', om = '0'] = m ?? [];
  const inRange =
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(sec) <= 59 &&
    Number(oh) <= 14 &&
    Number(om) <= 59;
  // Years before 1900 are typos here, and dayjs reads two-digit years as 19xx.
  if (m === null || !inRange || day < '1900' || !parseDate(day).ok)
    return fail('INVALID_DATE', { date: text });
  return ok(dayjs.utc(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed).toISOString());
};
