import { describe, expect, it } from 'vitest';
import { fixedClock, parseZonedInstant, systemClock } from '../../../../adapters/system/clock.ts';

describe('systemClock', () => {
  it('answers the current instant as an ISO-8601 UTC string', () => {
    const before = Date.now();
    const now = systemClock().now();
    const after = Date.now();
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(now)).toBeLessThanOrEqual(after);
  });
});

describe('fixedClock', () => {
  it('answers the same normalized instant every time', () => {
    const clock = fixedClock('2026-11-28T10:00+01:00');
    expect(clock.now()).toBe('2026-11-28T09:00:00.000Z');
    expect(clock.now()).toBe('2026-11-28T09:00:00.000Z');
  });

  it('reads a bare date as midnight UTC', () => {
    expect(fixedClock('2026-11-28').now()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('throws on a time without a zone instead of guessing the machine zone', () => {
    expect(() => fixedClock('2026-11-28T09:00')).toThrow(/not an ISO-8601 instant with a zone/);
  });
});

describe('parseZonedInstant', () => {
  it.each([
    ['2026-11-28T09:00:00Z', '2026-11-28T09:00:00.000Z'],
    ['2026-11-28T09:00Z', '2026-11-28T09:00:00.000Z'],
    ['2026-11-28T09:00:00.123456Z', '2026-11-28T09:00:00.123Z'],
    ['2026-11-28T01:30:00-05:30', '2026-11-28T07:00:00.000Z'],
    ['2026-11-28T00:30:00+02:00', '2026-11-27T22:30:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
  ])('normalizes %s to %s', (text, expected) => {
    expect(parseZonedInstant(text)).toBe(expected);
  });

  it.each([
    '2026-11-28T09:00',
    '2026-11-28T09:00:00',
    '2026-02-30',
    '2026-02-29T09:00:00Z',
    '2026-11-28T24:00:00Z',
    '2026-11-28T09:60:00Z',
    '2026-11-28T09:00:00+0200',
    '2026-11-28T09:00:00+15:00',
    '2026-11-28t09:00:00z',
    '28/11/2026',
    'tomorrow',
    '0050-01-01',
    '',
  ])('refuses %j', (text) => {
    expect(parseZonedInstant(text)).toBeUndefined();
  });
});
