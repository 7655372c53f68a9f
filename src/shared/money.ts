import type { DomainError } from './errors.ts';
import { fail } from './errors.ts';
import { currencyFormat } from './intl.ts';
import { ok, type Result } from './result.ts';

/**
 * ISO 4217 minor-unit exponents of the currencies Azure bills CSP partners in. A currency that is
 * not listed is refused rather than guessed.
 */
const exponents: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CNY: 2,
  AUD: 2,
  CAD: 2,
  CHF: 2,
  DKK: 2,
  NOK: 2,
  SEK: 2,
  NZD: 2,
  INR: 2,
  BRL: 2,
  HKD: 2,
  SGD: 2,
  TWD: 2,
  ZAR: 2,
  MXN: 2,
  PLN: 2,
  CZK: 2,
  HUF: 2,
  ILS: 2,
  SAR: 2,
  AED: 2,
  TRY: 2,
  MYR: 2,
  THB: 2,
  PHP: 2,
  IDR: 2,
  EGP: 2,
  NGN: 2,
  ARS: 2,
  COP: 2,
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  BHD: 3,
  KWD: 3,
  JOD: 3,
  OMR: 3,
  TND: 3,
};

export type Currency = string;

/** An exact amount: integer minor units (cents, yen …) of an ISO currency. Never a float. */
export interface Money {
  readonly minor: bigint;
  readonly currency: Currency;
}

export const isKnownCurrency = (code: string): boolean => Object.hasOwn(exponents, code);

/** Digits after the decimal point for a currency (USD 2, JPY 0, KWD 3). */
export const exponentOf = (currency: Currency): number => {
  const e = exponents[currency];
  if (e === undefined) throw new Error(`Unknown currency ${currency}: check isKnownCurrency first`);
  return e;
};

export const money = (minor: bigint, currency: Currency): Money => ({ minor, currency });
export const zero = (currency: Currency): Money => money(0n, currency);
/** The smallest positive amount of a currency (0.01 USD, 1 JPY). */
export const oneMinorUnit = (currency: Currency): Money => money(1n, currency);

/**
 * Rounds the exact rational `numerator / denominator` half up (ties go toward +infinity) to an
 * integer. The one rounding rule of the product, applied once per published line.
 */
export const roundHalfUp = (numerator: bigint, denominator: bigint): bigint => {
  if (denominator === 0n) throw new Error('roundHalfUp: division by zero');
  const n = denominator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const twice = 2n * n + d;
  const q = twice / (2n * d);
  // BigInt division truncates toward zero; floor is wanted for negative values.
  return twice < 0n && q * 2n * d !== twice ? q - 1n : q;
};

const sameCurrency = (a: Money, b: Money): void => {
  if (a.currency !== b.currency) {
    throw new Error(`Cannot combine ${a.currency} and ${b.currency}: amounts in two currencies`);
  }
};

export const add = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return money(a.minor + b.minor, a.currency);
};
export const subtract = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return money(a.minor - b.minor, a.currency);
};
export const compare = (a: Money, b: Money): -1 | 0 | 1 => {
  sameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
};
export const maxMoney = (...values: readonly [Money, ...Money[]]): Money =>
  values.reduce((best, m) => (compare(m, best) > 0 ? m : best));

const amountPattern = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string ("2400.00", "2400", JPY "1200") into exact minor units. Refuses
 * separators, exponents, and more decimals than the currency has.
 */
export const parseMoney = (text: string, currency: Currency): Result<Money, DomainError> => {
  if (!isKnownCurrency(currency)) return fail('UNKNOWN_CURRENCY', { currency });
  const match = amountPattern.exec(text.trim());
  if (match === null) return fail('INVALID_AMOUNT', { amount: text, currency });
  const [, sign, whole = '0', fraction = ''] = match;
  const exponent = exponentOf(currency);
  if (fraction.length > exponent) {
    return fail('AMOUNT_TOO_PRECISE', { amount: text, currency, digits: exponent });
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0'));
  return ok(money(sign === '-' ? -minor : minor, currency));
};

/** The canonical decimal string with exactly the currency's minor digits: "2400.00", "1200". */
export const toDecimalString = (m: Money): string => {
  const exponent = exponentOf(m.currency);
  const negative = m.minor < 0n;
  const digits = (negative ? -m.minor : m.minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
};

/**
 * Display text for people, per locale ("$2,400.00", "2.400,00 €", "¥1,200"). Intl formats the
 * exact decimal string, so no float ever touches the amount.
 */
export const formatMoney = (m: Money, locale = 'en-US'): string =>
  currencyFormat(locale, m.currency, exponentOf(m.currency)).format(
    toDecimalString(m) as unknown as number,
  );
