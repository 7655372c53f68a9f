import { describe, expect, it } from 'vitest';
import {
  add,
  formatMoney,
  money,
  parseMoney,
  roundHalfUp,
  toDecimalString,
} from '../../../src/shared/money.ts';

describe('money', () => {
  it('parses decimal strings into exact minor units per currency exponent', () => {
    expect(parseMoney('2400.00', 'USD')).toEqual({ ok: true, value: money(240_000n, 'USD') });
    expect(parseMoney('2400', 'USD')).toEqual({ ok: true, value: money(240_000n, 'USD') });
    expect(parseMoney('0.5', 'EUR')).toEqual({ ok: true, value: money(50n, 'EUR') });
    expect(parseMoney('1200', 'JPY')).toEqual({ ok: true, value: money(1200n, 'JPY') });
    expect(parseMoney('1.234', 'KWD')).toEqual({ ok: true, value: money(1234n, 'KWD') });
  });

  it('refuses more decimals than the currency has, naming the digits allowed', () => {
    const r = parseMoney('2400.001', 'USD');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('AMOUNT_TOO_PRECISE');
      expect(r.error.message).toContain('(2)');
    }
    expect(parseMoney('1200.5', 'JPY').ok).toBe(false);
  });

  it('refuses separators, signs, exponents and unknown currencies', () => {
    for (const bad of ['1,200.00', '$12', '1e3', '', '12.', '.5', 'abc']) {
      const r = parseMoney(bad, 'USD');
      expect(r.ok ? 'accepted' : r.error.code, bad).toBe('INVALID_AMOUNT');
    }
    const r = parseMoney('10', 'XYZ');
    expect(r.ok ? 'accepted' : r.error.code).toBe('UNKNOWN_CURRENCY');
  });

  it('writes exactly the currency minor digits', () => {
    expect(toDecimalString(money(240_000n, 'USD'))).toBe('2400.00');
    expect(toDecimalString(money(5n, 'USD'))).toBe('0.05');
    expect(toDecimalString(money(-5n, 'USD'))).toBe('-0.05');
    expect(toDecimalString(money(1200n, 'JPY'))).toBe('1200');
    expect(toDecimalString(money(1234n, 'KWD'))).toBe('1.234');
  });

  it('rounds half up, and floors correctly below zero', () => {
    expect(roundHalfUp(5n, 2n)).toBe(3n);
    expect(roundHalfUp(7n, 3n)).toBe(2n);
    expect(roundHalfUp(-5n, 2n)).toBe(-2n);
    expect(roundHalfUp(-7n, 3n)).toBe(-2n);
    expect(roundHalfUp(1n, -2n)).toBe(0n);
  });

  it('refuses to add two currencies', () => {
    expect(() => add(money(1n, 'USD'), money(1n, 'EUR'))).toThrow(/two currencies/);
  });

  it('formats for people per locale without touching the exact amount', () => {
    expect(formatMoney(money(123_456_789_012_345_678n, 'USD'))).toBe('$1,234,567,890,123,456.78');
    expect(formatMoney(money(240_000n, 'EUR'), 'de-DE')).toBe('2.400,00\u00a0€');
    expect(formatMoney(money(1200n, 'JPY'))).toBe('¥1,200');
  });
});
