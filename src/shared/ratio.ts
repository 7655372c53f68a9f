import { roundHalfUp } from './money.ts';

/**
 * An exact non-float fraction of minor units, so a policy formula is evaluated exactly and rounded
 * once at the end.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export const ratio = (num: bigint, den = 1n): Ratio => {
  if (den === 0n) throw new Error('ratio: zero denominator');
  return den < 0n ? { num: -num, den: -den } : { num, den };
};
export const subRatio = (a: Ratio, b: Ratio): Ratio =>
  ratio(a.num * b.den - b.num * a.den, a.den * b.den);
export const compareRatio = (a: Ratio, b: Ratio): number => {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const clampAtZero = (a: Ratio): Ratio => (a.num < 0n ? ratio(0n) : a);
/** Half-up rounding to whole minor units: the product's one rounding rule. */
export const roundRatio = (a: Ratio): bigint => roundHalfUp(a.num, a.den);
