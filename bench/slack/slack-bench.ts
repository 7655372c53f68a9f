import { setTimeout as sleep } from 'node:timers/promises';
import { type Child, type Message, startChild } from '../lib/child.ts';
import { type Summary, summarize } from '../lib/stats.ts';
import { benchRefund, benchReservation, benchReservationId } from './constants.ts';
import { startTimingFakeSlack, type TimingFakeSlack } from './fake-slack.ts';
import { keepAliveAgent, type LoadResult, runLoad } from './load.ts';

export type Target = 'bare' | 'desk';
export type SlackCommand = 'show' | 'refund';

export interface SlackRun {
  readonly command: SlackCommand;
  readonly concurrency: number;
  /** Sent at this fixed rate (open loop) instead of each sender waiting for its answer. */
  readonly ratePerSecond?: number;
  readonly target: Target;
  readonly requests: number;
  readonly ack: Summary;
  readonly requestsPerSecond: number;
  readonly failures: number;
  readonly statuses: Record<string, number>;
  readonly timeLimitHit: boolean;
  /** The desk's follow-up (modal or private reply) reaching the fake Slack, from the send. */
  readonly reply?: Summary & { readonly missing: number };
}

export interface SlackResults {
  readonly runs: SlackRun[];
  /** The first reply of each kind, checked for what a person would read. */
  readonly replyCheck: { readonly show: boolean; readonly refund: boolean };
  readonly skipped: string[];
}

export interface SlackBenchOptions {
  readonly warmup: number;
  /**
   * How many in flight, and how many measured requests at that level; with `ratePerSecond`, sent
   * at that fixed rate with at most `concurrency` in flight.
   */
  readonly levels: readonly {
    readonly concurrency: number;
    readonly requests: number;
    readonly ratePerSecond?: number;
  }[];
  readonly runTimeLimitMs: number;
  /** No new run starts after this much time. */
  readonly totalTimeLimitMs: number;
}

/** Waits until every request of a run has its reply, or none arrived for 3 s (at most 60 s). */
const drain = async (fake: TimingFakeSlack, load: LoadResult) => {
  const { sentAt, answeredAt } = load;
  const start = performance.now();
  let last = -1;
  let lastChange = start;
  for (;;) {
    let got = 0;
    for (const key of sentAt.keys()) if (fake.replies.has(key) || answeredAt.has(key)) got += 1;
    if (got !== last) lastChange = performance.now();
    last = got;
    const now = performance.now();
    if (got >= sentAt.size || now - lastChange > 3_000 || now - start > 60_000) return;
    await sleep(50);
  }
};

const replyLatencies = (fake: TimingFakeSlack, load: LoadResult) => {
  const samples: number[] = [];
  for (const [key, sent] of load.sentAt) {
    // A command answered in its ack has its reply there; the others, at the fake Slack.
    const at = load.answeredAt.get(key) ?? fake.replies.get(key);
    if (at !== undefined) samples.push(at - sent);
  }
  return { ...summarize(samples), missing: load.sentAt.size - samples.length };
};

const started = async (child: Child) =>
  String((await child.next<Message & { url: string }>('ready', 60_000)).url);

/**
 * Signed `/reservation show|refund` commands over HTTP on 127.0.0.1 against the real server and
 * against a bare Bolt app that only acks, each server in its own process; the load generator and
 * the fake Slack Web API run in this one.
 */
export const runSlackBench = async (o: SlackBenchOptions): Promise<SlackResults> => {
  const begin = performance.now();
  const fake = await startTimingFakeSlack();
  const children: Child[] = [];
  try {
    const bare = startChild('slack/server-child.ts', ['bare', fake.apiUrl]);
    children.push(bare);
    const desk = startChild('slack/server-child.ts', ['desk', fake.apiUrl]);
    children.push(desk);
    const urls: Record<Target, string> = { bare: await started(bare), desk: await started(desk) };
    const runs: SlackRun[] = [];
    const skipped: string[] = [];
    let n = 0;
    let answerSample: string | undefined;
    for (const command of ['show', 'refund'] as const) {
      for (const { concurrency, requests, ratePerSecond } of o.levels) {
        const rate = ratePerSecond === undefined ? {} : { ratePerSecond };
        // Alternate which server goes first, so neither always runs on a warmer machine.
        const order: Target[] = n % 2 === 0 ? ['bare', 'desk'] : ['desk', 'bare'];
        n += 1;
        for (const target of order) {
          const name = `${command} @${ratePerSecond === undefined ? concurrency : `${ratePerSecond}/s`} on ${target}`;
          if (performance.now() - begin > o.totalTimeLimitMs) {
            skipped.push(`${name} (Slack time limit reached)`);
            continue;
          }
          process.stdout.write(`  slack: ${name}…\n`);
          const agent = keepAliveAgent(concurrency);
          const common = {
            url: urls[target],
            text: `${command} ${benchReservation}`,
            concurrency,
            timeLimitMs: o.runTimeLimitMs,
            responseUrl: fake.responseUrl,
            agent,
            ...rate,
          };
          const warm = await runLoad({
            ...common,
            requests: Math.min(o.warmup, requests),
            keyPrefix: `w${n}${target}-`,
          });
          if (target === 'desk') await drain(fake, warm);
          const load = await runLoad({
            ...common,
            requests,
            keyPrefix: `m${n}${target}-`,
          });
          agent.destroy();
          if (target === 'desk') await drain(fake, load);
          answerSample ??= load.answerSample;
          runs.push({
            command,
            concurrency,
            ...rate,
            target,
            requests: load.sentAt.size,
            ack: summarize(load.latencies),
            requestsPerSecond: (load.latencies.length / load.elapsedMs) * 1000,
            failures: load.failures,
            statuses: load.statuses,
            timeLimitHit: load.timeLimitHit,
            ...(target === 'desk' ? { reply: replyLatencies(fake, load) } : {}),
          });
        }
      }
    }
    const modal = fake.samples.get('views.open') ?? '';
    // `show` is answered in its ack (escaped JSON there), or failing that through the response URL.
    const reply = fake.samples.get('response_url') ?? answerSample ?? '';
    return {
      runs,
      replyCheck: {
        show: reply.includes(benchReservationId) && reply.includes('*Expires*'),
        refund: modal.includes('"callback_id":"refund_modal"') && modal.includes(benchRefund),
      },
      skipped,
    };
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await fake.close();
  }
};
