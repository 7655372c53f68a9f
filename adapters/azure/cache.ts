import type { Clock } from '../../src/ports.ts';
import type { Instant } from '../../src/shared/time.ts';

interface Entry<T> {
  readonly fetchedAt: Instant;
  readonly value: Promise<T>;
  settled?: T;
}

/**
 * Values kept for `ttlInMs` after they were fetched, by key, timed by the injected clock (so a
 * fixed demo clock never expires them). Concurrent readers of a missing key share one fetch; a
 * failed fetch is not kept.
 */
export class TtlCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #ttlInMs: number;
  readonly #clock: Clock;

  constructor(ttlInMs: number, clock: Clock) {
    this.#ttlInMs = ttlInMs;
    this.#clock = clock;
  }

  /** The cached value, or `load(fetchedAt)`'s — `fetchedAt` is the freshness to show with it. */
  get(key: string, load: (fetchedAt: Instant) => Promise<T>): Promise<T> {
    const existing = this.#entries.get(key);
    if (existing !== undefined && this.#fresh(existing)) return existing.value;
    const fetchedAt = this.#clock.now();
    const entry: Entry<T> = {
      fetchedAt,
      value: load(fetchedAt).then(
        (value) => {
          entry.settled = value;
          return value;
        },
        (error: unknown) => {
          if (this.#entries.get(key) === entry) this.#entries.delete(key);
          throw error;
        },
      ),
    };
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** The values already fetched and still fresh (no fetch). */
  settled(): T[] {
    return [...this.#entries.values()].flatMap((e) =>
      e.settled !== undefined && this.#fresh(e) ? [e.settled] : [],
    );
  }

  /** When `key`'s value was fetched, if it is cached and fresh. */
  fetchedAt(key: string): Instant | undefined {
    const entry = this.#entries.get(key);
    return entry !== undefined && this.#fresh(entry) ? entry.fetchedAt : undefined;
  }

  invalidate(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  #fresh(entry: Entry<T>): boolean {
    return Date.parse(this.#clock.now()) - Date.parse(entry.fetchedAt) < this.#ttlInMs;
  }
}
