import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type Message, projectRoot, startChild } from './lib/child.ts';
import { describeMachine } from './lib/machine.ts';
import type { QuoteFigures } from './quote/quote-child.ts';
import { type BenchResults, consoleReport, markdownReport } from './report.ts';
import { runScaleBench, type ScaleShape } from './scale/scale-bench.ts';
import { runSlackBench, type SlackBenchOptions, type SlackResults } from './slack/slack-bench.ts';

/**
 * `npm run bench`: Slack ack latency against bare Bolt, the desk at scale, and the core's quote
 * throughput. Prints the figures next to their targets and writes docs/benchmarks.md; asserts
 * nothing. `--quick` runs a smaller version and leaves the doc alone (for working on the bench).
 */
const quick = process.argv.includes('--quick');
const hardLimitMs = 9 * 60_000;
/** The scale stages stop here, leaving time to write the report before the hard limit. */
const scaleDeadlineMs = 8 * 60_000;

const slackOptions: SlackBenchOptions = quick
  ? {
      warmup: 100,
      levels: [
        { concurrency: 1, requests: 50 },
        { concurrency: 50, requests: 300 },
        { concurrency: 200, requests: 300 },
        { concurrency: 50, requests: 200, ratePerSecond: 100 },
      ],
      runTimeLimitMs: 15_000,
      totalTimeLimitMs: 60_000,
    }
  : {
      warmup: 200,
      levels: [
        { concurrency: 1, requests: 200 },
        { concurrency: 50, requests: 2_000 },
        { concurrency: 200, requests: 2_000 },
        { concurrency: 50, requests: 1_000, ratePerSecond: 100 },
      ],
      runTimeLimitMs: 30_000,
      totalTimeLimitMs: 180_000,
    };
const shape: ScaleShape = quick
  ? { customers: 200, reservations: 5_000, bigCustomerReservations: 500, requests: 10_000 }
  : { customers: 2_000, reservations: 50_000, bigCustomerReservations: 5_000, requests: 100_000 };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

const runQuote = async (): Promise<{ quote?: QuoteFigures; quoteFailure?: string }> => {
  const child = startChild('quote/quote-child.ts', [quick ? '0.5' : '2'], { endsByItself: true });
  try {
    return {
      quote: (await child.next<Message & { figures: QuoteFigures }>('quoted', 60_000)).figures,
    };
  } catch (error) {
    return { quoteFailure: message(error) };
  } finally {
    await child.stop();
  }
};

const main = async () => {
  const start = performance.now();
  const machine = await describeMachine();
  const loadBefore = loadavg();
  process.stdout.write(
    `Reservation Desk benchmarks${quick ? ' (quick)' : ''}: ${machine.cpuModel} × ${machine.cpuCount}, Node ${machine.node}, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}\n`,
  );
  process.stdout.write('Quote throughput…\n');
  const quote = await runQuote();
  process.stdout.write('Slack ack latency…\n');
  let slack: SlackResults | undefined;
  let slackFailure: string | undefined;
  try {
    slack = await runSlackBench(slackOptions);
  } catch (error) {
    slackFailure = message(error);
  }
  process.stdout.write('Scale…\n');
  const scale = await runScaleBench(shape, {
    deadline: start + scaleDeadlineMs,
    approvalBudgetMs: quick ? 5_000 : 15_000,
  });
  const results: BenchResults = {
    machine,
    loadBefore,
    loadAfter: loadavg(),
    totalMs: performance.now() - start,
    slackOptions,
    ...(slack === undefined ? {} : { slack }),
    ...(slackFailure === undefined ? {} : { slackFailure }),
    scale,
    ...quote,
  };
  process.stdout.write(`${consoleReport(results).join('\n')}\n`);
  if (quick) {
    process.stdout.write('\n--quick: docs/benchmarks.md left as it was.\n');
    return;
  }
  const doc = join(projectRoot, 'docs', 'benchmarks.md');
  await writeFile(doc, markdownReport(results));
  process.stdout.write(`\nWrote ${doc}\n`);
};

// Bound the whole run: a stuck child must not hold a terminal or a CI job forever.
const watchdog = setTimeout(() => {
  process.stderr.write(`bench: still running after ${hardLimitMs / 60_000} min; giving up.\n`);
  process.exit(1);
}, hardLimitMs);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
