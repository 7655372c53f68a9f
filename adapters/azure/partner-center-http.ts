import { setTimeout as wait } from 'node:timers/promises';

/**
 * How calls are retried: Partner Center by {@link fetchWithRetry}, ARM by the SDK's retry policy
 * (same counts and delays). Every bound applies to one call of the provider.
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  readonly maxRetries: number;
  /** First backoff delay, doubled on each retry (default 800 ms). */
  readonly retryDelayInMs: number;
  /** Longest single wait (default 30 s); a longer Retry-After ends the retries instead. */
  readonly maxRetryDelayInMs?: number;
  /** Time allowed for one attempt (default 30 s). */
  readonly timeoutInMs?: number;
  /** Time allowed for one call including every retry and wait (default 90 s). */
  readonly totalTimeoutInMs?: number;
  /** How to wait (tests pass one that records the delay and returns at once). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export const defaultRetry = {
  maxRetries: 3,
  retryDelayInMs: 800,
  maxRetryDelayInMs: 30_000,
  timeoutInMs: 30_000,
  totalTimeoutInMs: 90_000,
  sleep: (ms: number) => wait(ms),
} as const satisfies Required<RetryOptions>;

/** What Partner Center answered (or that it did not): `status` is what failure.ts reads. */
export class PartnerCenterError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PartnerCenterError';
    this.status = status;
  }
}

/** 408, 429, and 5xx but 501/505 (the statuses Azure's own retry policy retries). */
const retryable = (status: number): boolean =>
  status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
const retryAfterInMs = (response: Response): number | undefined => {
  const value = response.headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
};

const describe = (response: Response, text: string): string => {
  const detail = text.replace(/^\uFEFF/, '').slice(0, 200);
  return `${response.status} ${response.statusText}${detail === '' ? '' : `: ${detail}`}`;
};

/**
 * `fetch` with bounded retries: a 429 waits its Retry-After (or the backoff), 408/5xx and network
 * failures or timeouts (`AbortSignal.timeout` per attempt) back off exponentially. It stops after
 * `maxRetries`, when a wait would exceed `maxRetryDelayInMs`, or when the next attempt would start
 * after `totalTimeoutInMs`, and throws a {@link PartnerCenterError} with the last status. Answers
 * that are not retryable (400, 401, 403, 404 …) throw at once.
 */
export const fetchWithRetry = async (
  url: string,
  init: { readonly headers: Readonly<Record<string, string>> },
  options: RetryOptions,
): Promise<Response> => {
  const o = { ...defaultRetry, ...options };
  const started = performance.now();
  for (let attempt = 0; ; attempt += 1) {
    let failure: PartnerCenterError;
    let delay = Math.min(o.retryDelayInMs * 2 ** attempt, o.maxRetryDelayInMs);
    try {
      const response = await fetch(url, {
        headers: init.headers,
        signal: AbortSignal.timeout(o.timeoutInMs),
      });
      if (response.ok) return response;
      failure = new PartnerCenterError(describe(response, await response.text()), response.status);
      if (!retryable(response.status)) throw failure;
      delay = retryAfterInMs(response) ?? delay;
    } catch (error) {
      if (error instanceof PartnerCenterError) throw error;
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const reason = timedOut ? `no answer within ${o.timeoutInMs} ms` : String(error);
      failure = new PartnerCenterError(reason, undefined, { cause: error });
    }
    const elapsed = performance.now() - started;
    if (
      attempt >= o.maxRetries ||
      delay > o.maxRetryDelayInMs ||
      elapsed + delay > o.totalTimeoutInMs
    ) {
      throw failure;
    }
    await o.sleep(delay);
  }
};
