/** Percentiles and the small formatting helpers every part of the benchmark prints with. */

export interface Summary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Nearest-rank percentile of already sorted samples (p in 0…100). */
const rank = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
};

export const summarize = (samples: readonly number[]): Summary => {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((s, v) => s + v, 0);
  return {
    count: sorted.length,
    p50: rank(sorted, 50),
    p99: rank(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
  };
};

/** Milliseconds with a precision that suits their size. */
export const ms = (v: number): string =>
  Number.isNaN(v) ? 'n/a' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);

export const int = (v: number): string =>
  Number.isNaN(v) ? 'n/a' : Math.round(v).toLocaleString('en-US');

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A target next to its figure: `met` or `missed`. */
export interface Verdict {
  readonly met: boolean;
  readonly text: string;
}

export const verdict = (met: boolean, target: string): Verdict => ({
  met,
  text: `${met ? 'met' : 'missed'} (target ${target})`,
});

/** Times one call in milliseconds. */
export const timed = async <T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
};

/**
 * Runs `run` up to `times` times (stopping early once `budgetMs` is spent, after at least
 * `minimum` runs) and summarizes the durations.
 */
export const repeat = async (
  run: (i: number) => Promise<void>,
  o: { times: number; budgetMs: number; minimum?: number },
): Promise<Summary & { budgetHit: boolean }> => {
  const samples: number[] = [];
  const deadline = performance.now() + o.budgetMs;
  let budgetHit = false;
  for (let i = 0; i < o.times; i += 1) {
    if (i >= (o.minimum ?? 1) && performance.now() > deadline) {
      budgetHit = true;
      break;
    }
    samples.push((await timed(() => run(i))).ms);
  }
  return { ...summarize(samples), budgetHit };
};
