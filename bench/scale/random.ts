/** A seeded generator (mulberry32), so every run builds the same tenant and store. */
export interface Random {
  /** 0 ≤ x < 1. */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A GUID-shaped ID (version 4 layout). */
  guid(): string;
  /** A calendar date YYYY-MM-DD between two dates (inclusive), days 1–28 only. */
  date(from: string, to: string): string;
}

const dayMs = 86_400_000;

export const seeded = (seed: number): Random => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p) => next() < p,
    guid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
    date: (from, to) => {
      const start = Date.parse(`${from}T00:00:00Z`);
      const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / dayMs);
      const d = new Date(start + int(0, days) * dayMs);
      if (d.getUTCDate() > 28) d.setUTCDate(28);
      return d.toISOString().slice(0, 10);
    },
  };
};

/** `date` plus `years` (days 1–28 only, so no month overflow). */
export const addYears = (date: string, years: number): string =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

export const addDaysTo = (date: string, days: number): string =>
  new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** Cents as a decimal string: 123456 → "1234.56". */
export const decimal = (cents: number): string =>
  `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
