/**
 * Shared `Intl` formatters. Building one costs far more than using it (in a profile of the desk
 * under load, constructing formatters was the largest item of self time), and their options here
 * come from a small set: one per locale, currency and style is kept for the life of the process.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

// Keys are built from a handful of locales and currencies; the bound only guards against a caller
// that passes something unexpected on every call.
const limit = 500;

const memo = <F>(cache: Map<string, F>, key: string, make: () => F): F => {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const made = make();
  if (cache.size >= limit) cache.clear();
  cache.set(key, made);
  return made;
};

/** A currency formatter with exactly `digits` fraction digits. */
export const currencyFormat = (locale: string, currency: string, digits: number) =>
  memo(
    numberFormats,
    `c|${locale}|${currency}|${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );

/** A percentage with at most one fraction digit ("92.5%"). */
export const percentFormat = (locale: string) =>
  memo(
    numberFormats,
    `p|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  );

/** A UTC date ("Dec 1, 2026"), or with `withTime` a UTC date and 24-hour time. */
export const utcDateFormat = (locale: string, withTime: boolean) =>
  memo(dateFormats, `${withTime ? 't' : 'd'}|${locale}`, () =>
    withTime
      ? new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'UTC',
          hourCycle: 'h23',
        })
      : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  );

/** "a, b, c" as a list of units, per locale. */
export const unitListFormat = (locale: string) =>
  memo(listFormats, `u|${locale}`, () => new Intl.ListFormat(locale, { type: 'unit' }));
