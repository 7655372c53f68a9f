import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { sign, slashCommand } from '../../test/support/slack-requests.ts';
import { benchSigningSecret, benchUserId } from './constants.ts';

export interface LoadOptions {
  /** The app's `/slack/events` URL on 127.0.0.1. */
  readonly url: string;
  /** `/reservation <text>`. */
  readonly text: string;
  /** At most this many in flight (one kept-alive socket each). */
  readonly concurrency: number;
  readonly requests: number;
  /**
   * Open loop: send at this fixed rate, on schedule whatever the answers (a request waiting for a
   * free socket counts that wait as latency). Without it, each of `concurrency` senders sends its
   * next request when the last is answered (closed loop: the server's pace sets the rate).
   */
  readonly ratePerSecond?: number;
  /** No request is started after this many milliseconds. */
  readonly timeLimitMs: number;
  /** Prefix of the trigger and response-URL IDs, unique per run. */
  readonly keyPrefix: string;
  readonly responseUrl: (id: string) => string;
  /** Kept-alive connections, shared by a warm-up and the run it warms (maxSockets = concurrency). */
  readonly agent: Agent;
}

export interface LoadResult {
  /** Time to the HTTP response (the ack), per successful request, in ms. */
  readonly latencies: number[];
  /** When each request was sent (performance.now), by its trigger/response-URL ID. */
  readonly sentAt: Map<string, number>;
  /** When the ack arrived, for commands answered in the ack itself (a message in its body). */
  readonly answeredAt: Map<string, number>;
  /** The body of one such ack: what the person read. */
  readonly answerSample?: string;
  readonly failures: number;
  readonly statuses: Record<string, number>;
  readonly elapsedMs: number;
  readonly timeLimitHit: boolean;
}

const perRequestTimeoutMs = 10_000;

export const keepAliveAgent = (concurrency: number): Agent =>
  new Agent({ keepAlive: true, maxSockets: concurrency });

/** One signed slash command over a kept-alive connection: resolves with the status and body. */
const post = (url: URL, agent: Agent, body: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          'X-Slack-Request-Timestamp': String(timestamp),
          'X-Slack-Signature': sign(body, benchSigningSecret, timestamp),
        },
        timeout: perRequestTimeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });

/**
 * Sends `requests` signed `/reservation <text>` commands with `concurrency` in flight (one
 * kept-alive socket each), and times each one to its HTTP response.
 */
export const runLoad = async (o: LoadOptions): Promise<LoadResult> => {
  const url = new URL(o.url);
  const { agent } = o;
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  const answeredAt = new Map<string, number>();
  let answerSample: string | undefined;
  const statuses: Record<string, number> = {};
  let failures = 0;
  let issued = 0;
  let timeLimitHit = false;
  const start = performance.now();
  const sendOne = async () => {
    const id = `${o.keyPrefix}${issued}`;
    issued += 1;
    const body = slashCommand({
      text: o.text,
      userId: benchUserId,
      channelId: 'C0BENCH',
      responseUrl: o.responseUrl(id),
      triggerId: id,
    });
    const t0 = performance.now();
    sentAt.set(id, t0);
    try {
      const { status, body: answer } = await post(url, agent, body);
      const at = performance.now();
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 200) latencies.push(at - t0);
      else failures += 1;
      if (status === 200 && answer !== '') {
        answeredAt.set(id, at);
        answerSample ??= answer;
      }
    } catch (error) {
      const key = error instanceof Error ? error.message : 'error';
      statuses[key] = (statuses[key] ?? 0) + 1;
      failures += 1;
    }
  };
  const pastLimit = () => {
    timeLimitHit ||= performance.now() - start > o.timeLimitMs;
    return timeLimitHit;
  };
  if (o.ratePerSecond === undefined) {
    const worker = async () => {
      while (issued < o.requests && !pastLimit()) await sendOne();
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
  } else {
    const gapMs = 1000 / o.ratePerSecond;
    const sends: Promise<void>[] = [];
    for (let i = 0; i < o.requests && !pastLimit(); i += 1) {
      const wait = start + i * gapMs - performance.now();
      if (wait > 0) await sleep(wait);
      sends.push(sendOne());
    }
    await Promise.all(sends);
  }
  const elapsedMs = performance.now() - start;
  return {
    latencies,
    sentAt,
    answeredAt,
    ...(answerSample === undefined ? {} : { answerSample }),
    failures,
    statuses,
    elapsedMs,
    timeLimitHit,
  };
};
