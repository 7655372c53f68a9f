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

const dayMs = 86_400_000;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil-date
// algorithms): integer arithmetic on the dates given, no clock and no date library, because the
// data file has tens of thousands of dates to check and every quote does date arithmetic.
const daysFromCivil = (y0: number, m: number, d: number): number => {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

const civilFromDays = (z0: number): [number, number, number] => {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
};

/** Days since 1970-01-01 of a "YYYY-MM-DD" (or the date part of a UTC "…Z" instant); NaN otherwise. */
const dayNumber = (text: string): number => {
  const m = datePattern.exec(text.length > 10 && text.endsWith('Z') ? text.slice(0, 10) : text);
  return m === null ? Number.NaN : daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
};

const isoDay = (days: number): CalendarDate => {
  const [y, m, d] = civilFromDays(days);
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as CalendarDate;
};

/** Milliseconds since the epoch of a "YYYY-MM-DD" at midnight UTC (NaN for anything else). */
export const epochMsOf = (date: string): number =>
  datePattern.test(date) ? dayNumber(date) * dayMs : Number.NaN;

/** Parses "YYYY-MM-DD" strictly (no rollover: 2026-02-30 is refused). */
export const parseDate = (text: string): Result<CalendarDate, DomainError> => {
  const trimmed = text.trim();
  // Plain arithmetic rather than a date library: the data file has tens of thousands of dates.
  const days = datePattern.test(trimmed) ? dayNumber(trimmed) : Number.NaN;
  if (Number.isNaN(days) || isoDay(days) !== trimmed) return fail('INVALID_DATE', { date: text });
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
export const dateOf = (instant: Instant): CalendarDate => {
  // Instants are stored as UTC ("…Z"); one with an offset goes through dayjs.
  const days = instant.endsWith('Z') ? dayNumber(instant) : Number.NaN;
  return Number.isNaN(days) ? out(dayjs.utc(instant)) : isoDay(days);
};
export const today = (clock: Clock): CalendarDate => dateOf(clock.now());

export const addDays = (d: CalendarDate, days: number): CalendarDate => {
  const n = dayNumber(d);
  return Number.isNaN(n) ? out(at(d).add(days, 'day')) : isoDay(n + days);
};
/** Adds calendar months, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export const addMonths = (d: CalendarDate, months: number): CalendarDate =>
  out(at(d).add(months, 'month'));
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => {
  const a = datePattern.test(from) ? dayNumber(from) : Number.NaN;
  const b = datePattern.test(to) ? dayNumber(to) : Number.NaN;
  return Number.isNaN(a) || Number.isNaN(b) ? at(to).diff(at(from), 'day') : b - a;
};

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
