import { fc, test } from '@fast-check/vitest';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { describe, expect } from 'vitest';
import {
  addDays,
  type CalendarDate,
  dateOf,
  daysBetween,
  epochMsOf,
  parseDate,
} from '../../src/shared/time.ts';

dayjs.extend(utc);

// The calendar arithmetic is plain integer math (no date library, for speed): it must agree with
// an independent implementation (dayjs, and the engine's own Date) on every date people could use.
const day = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10) as CalendarDate);

describe('calendar arithmetic agrees with dayjs', () => {
  test.prop([day, fc.integer({ min: -40_000, max: 40_000 })])('addDays', (d, n) => {
    expect(addDays(d, n)).toBe(dayjs.utc(d).add(n, 'day').format('YYYY-MM-DD'));
  });

  test.prop([day, day])('daysBetween', (a, b) => {
    expect(daysBetween(a, b)).toBe(dayjs.utc(b).diff(dayjs.utc(a), 'day'));
  });

  test.prop([day])('epochMsOf is midnight UTC', (d) => {
    expect(epochMsOf(d)).toBe(Date.parse(`${d}T00:00:00Z`));
  });

  test.prop([
    fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2199-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
  ])('dateOf an instant', (d) => {
    expect(dateOf(d.toISOString())).toBe(d.toISOString().slice(0, 10));
  });

  test.prop([
    fc.integer({ min: 1900, max: 2199 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  ])('parseDate accepts exactly the real dates', (y, m, d) => {
    const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const real = dayjs.utc(text).isValid() && dayjs.utc(text).format('YYYY-MM-DD') === text;
    expect(parseDate(text).ok).toBe(real);
  });
});
