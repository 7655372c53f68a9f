import type { Price } from '@azure/arm-reservations';
import {
  exponentOf,
  isKnownCurrency,
  type Money,
  money,
  roundHalfUp,
} from '../../src/shared/money.ts';

/**
 * The plain decimal text of a JSON number as Azure sent it. `String()` gives the shortest text that
 * reads back as the same number — the JSON literal itself for any amount Azure sends — and the
 * exponent forms (`1e-7`, `1e+21`) are written out in full.
 */
export const decimalText = (value: number): string => {
  if (!Number.isFinite(value))
    throw new Error(`Azure sent an amount that is not a number: ${value}`);
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (m === null) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
};

/**
 * An Azure amount (a JSON number) as exact minor units of its currency, read from its decimal text.
 * Rounded half up to the minor unit only when Azure gives more digits than the currency has.
 * Throws for a currency the product does not know (it is refused, never guessed).
 */
export const moneyOfAmount = (amount: number, currencyCode: string): Money => {
  const currency = currencyCode.trim().toUpperCase();
  if (!isKnownCurrency(currency))
    throw new Error(`Azure sent an unknown currency: ${currencyCode}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimalText(amount));
  if (m === null) throw new Error(`Azure sent an amount that is not a decimal: ${amount}`);
  const [, sign = '', whole = '0', fraction = ''] = m;
  const units = BigInt(`${sign}${whole}${fraction}`);
  const extra = fraction.length - exponentOf(currency);
  const minor =
    extra > 0 ? roundHalfUp(units, 10n ** BigInt(extra)) : units * 10n ** BigInt(-extra);
  return money(minor, currency);
};

/** An Azure `Price` (`{ amount, currencyCode }`) as Money; undefined when either part is missing. */
export const moneyOfPrice = (price: Price | undefined): Money | undefined =>
  price?.amount === undefined || price.currencyCode === undefined
    ? undefined
    : moneyOfAmount(price.amount, price.currencyCode);
