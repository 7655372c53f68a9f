import { describe, expect, it } from 'vitest';
import {
  addMonths,
  date,
  daysBetween,
  parseDate,
  parseInstant,
  today,
} from '../../../src/shared/time.ts';

describe('UTC calendar dates', () => {
  it('parses strict YYYY-MM-DD and refuses rollover dates', () => {
    expect(parseDate('2026-01-10').ok).toBe(true);
    for (const bad of ['2026-02-30', '2026-1-10', '10/01/2026', '2026-01-10T00:00:00Z', '']) {
      const r = parseDate(bad);
      expect(r.ok ? 'accepted' : r.error.code, bad).toBe('INVALID_DATE');
    }
  });

  it('adds months clamped to the month end', () => {
    expect(addMonths(date('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(date('2027-01-31'), 13)).toBe('2028-02-29');
    expect(addMonths(date('2026-01-10'), 36)).toBe('2029-01-10');
  });

  it('counts whole days across leap years', () => {
    expect(daysBetween(date('2026-01-10'), date('2029-01-10'))).toBe(1096);
    expect(daysBetween(date('2026-07-10'), date('2026-01-10'))).toBe(-181);
  });

  it('takes today from the clock, in UTC whatever the offset', () => {
    expect(today({ now: () => '2026-11-28T23:30:00.000Z' })).toBe('2026-11-28');
    const r = parseInstant('2026-11-29T01:30:00+03:00');
    expect(r.ok && r.value).toBe('2026-11-28T22:30:00.000Z');
    expect(parseInstant('2026-11-28T09:00').ok).toBe(false);
  });
});
