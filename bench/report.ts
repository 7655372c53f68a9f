import type { Machine } from './lib/machine.ts';
import { int, mb, ms } from './lib/stats.ts';
import type { QuoteFigures } from './quote/quote-child.ts';
import { fixes, meaning } from './report-prose.ts';
import { scaleConsole, scaleDetails, scaleRows, scaleTable } from './report-scale.ts';
import { replyTable, slackConsole, slackRows, slackTable } from './report-slack.ts';
import type { ScaleResults } from './scale/scale-bench.ts';
import type { SlackBenchOptions, SlackResults } from './slack/slack-bench.ts';

export interface BenchResults {
  readonly machine: Machine;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  readonly totalMs: number;
  readonly slackOptions: SlackBenchOptions;
  readonly slack?: SlackResults;
  readonly slackFailure?: string;
  readonly scale: ScaleResults;
  readonly quote?: QuoteFigures;
  readonly quoteFailure?: string;
}

const load = (l: readonly number[]) => l.map((v) => v.toFixed(2)).join(' / ');

/** Every target with its figure: the lines printed at the end and the doc's summary. */
export const targetLines = (r: BenchResults): { text: string; met: boolean }[] => [
  ...(r.slack === undefined ? [] : slackRows(r.slack)).flatMap((row) =>
    row.verdicts.map((v, i) => ({
      text: `Slack \`${row.command}\` @${row.concurrency}: desk p99 ${ms(row.desk?.ack.p99 ?? Number.NaN)} ms vs bare Bolt ${ms(row.bare?.ack.p99 ?? Number.NaN)} ms (${row.ratio.toFixed(2)}×) — ${v}`,
      met: row.met[i] ?? false,
    })),
  ),
  ...scaleRows(r.scale).flatMap((row) =>
    row.verdict === undefined
      ? []
      : [
          {
            text: `Scale: ${row.name.replace(/ \(.*\)$/, '')}: ${typeof row.timing === 'number' ? `${ms(row.timing)} ms` : `p99 ${ms(row.timing.p99)} ms`} — ${row.verdict}`,
            met: row.met ?? false,
          },
        ],
  ),
];

export const consoleReport = (r: BenchResults): string[] => [
  '',
  'Slack ack latency (time to the HTTP response):',
  ...(r.slack === undefined
    ? [`  failed: ${r.slackFailure ?? 'unknown'}`]
    : slackConsole(slackRows(r.slack))),
  '',
  'Scale:',
  ...scaleConsole(scaleRows(r.scale)),
  ...scaleDetails(r.scale).map((l) => `  ${l.replaceAll('`', '')}`),
  '',
  'Quote throughput (one core):',
  r.quote === undefined
    ? `  failed: ${r.quoteFailure ?? 'unknown'}`
    : `  ${int(r.quote.emptyLedger)} quotes/s (empty cap ledger), ${int(r.quote.busyLedger)} quotes/s (50-entry ledger)`,
  '',
  'Targets:',
  ...targetLines(r).map((t) => `  [${t.met ? 'met   ' : 'MISSED'}] ${t.text.replaceAll('`', '')}`),
  '',
  `Total time ${(r.totalMs / 1000).toFixed(0)} s; load average before ${load(r.loadBefore)}, after ${load(r.loadAfter)}.`,
];

export const markdownReport = (r: BenchResults): string => {
  const m = r.machine;
  const rows = r.slack === undefined ? [] : slackRows(r.slack);
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts). Rerun it to refresh; edits here are overwritten. -->',
    '',
    'Figures from one run of `npm run bench` on the machine below. They are printed next to their',
    'targets as **met** or **missed**; nothing here fails a build.',
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpuModel} × ${m.cpuCount}`,
    `- Memory: ${mb(m.totalMemoryBytes)}`,
    `- OS: ${m.os}`,
    `- Node: ${m.node}`,
    `- Date: ${m.date}`,
    `- Temp files (data file, store): ${m.tempFileSystem}`,
    `- Load average (1 / 5 / 15 min) before the run ${load(r.loadBefore)}, after ${load(r.loadAfter)}; above ${m.cpuCount} means other processes shared the CPUs and the figures are pessimistic.`,
    `- Whole run: ${(r.totalMs / 1000).toFixed(0)} s`,
    '',
    '## Targets',
    '',
    ...targetLines(r).map((t) => `- ${t.met ? '✅ met' : '❌ **missed**'}: ${t.text}`),
    '',
    '## 1. Slack: ack latency and throughput',
    '',
    'Signed `/reservation show VM_RI_D2s_weu` and `/reservation refund VM_RI_D2s_weu` slash commands',
    '(form bodies and signatures as Slack sends them) over HTTP on 127.0.0.1, with the given number',
    'in flight on kept-alive connections. **Desk** is the real process (`compose` + `serve`: the demo',
    'tenant, a fresh lowdb store, the Slack channel calling a local fake Slack Web API); **bare Bolt**',
    "is a Bolt app on Bolt's own HTTPReceiver whose only listener acks. Each server runs in its own",
    'process; the load generator and the fake Slack share a third. Latency is to the HTTP response',
    '(the ack). Both servers were measured in the same run, alternating which went first.',
    '',
    ...(r.slack === undefined
      ? [`The Slack benchmark failed: ${r.slackFailure ?? 'unknown'}`]
      : slackTable(
          rows,
          `Measured requests per cell, after a warm-up: ${r.slackOptions.levels.map((l) => (l.ratePerSecond === undefined ? `${int(l.requests)} at ${l.concurrency} in flight` : `${int(l.requests)} sent at a fixed ${int(l.ratePerSecond)}/s`)).join(', ')}; every one answered 200 unless a target says otherwise. At a number in flight each sender sends its next command when the last is answered, so the server's pace sets the rate (at 50 and 200 it is saturated); at a fixed rate commands are sent on schedule whatever the answers, as people would send them.`,
        )),
    ...(r.slack?.skipped.length
      ? ['', `Skipped (time limit): ${r.slack.skipped.join(', ')}.`]
      : []),
    '',
    '`show` is answered in its ack when the answer is ready within a second (else through the',
    'response URL); `refund` acks, then computes the quote and opens the modal (`views.open`). Time',
    "from the send until the person's reply arrived — the ack's message, or the modal at the fake",
    "Slack (Slack's `trigger_id` for a modal expires 3 s after the command):",
    '',
    ...replyTable(rows),
    '',
    r.slack === undefined
      ? ''
      : `Replies checked: \`show\` answered the reservation card: ${r.slack.replyCheck.show ? 'yes' : '**no**'}; \`refund\` opened the refund modal with the quote: ${r.slack.replyCheck.refund ? 'yes' : '**no**'}.`,
    '',
    '## 2. Scale',
    '',
    `A generated tenant (deterministic) of ${int(r.scale.shape.customers)} customers and ${int(r.scale.shape.reservations)} reservations, one customer holding`,
    `${int(r.scale.shape.bigCustomerReservations)}, and a store of ${int(r.scale.shape.requests)} decided historical requests with their audit trails, both in temp`,
    'files and valid per their schemas. Measured through the real `compose()` (sandbox provider, lowdb',
    "store) in a fresh process with Node's default heap, as `npm start` runs. Runs are bounded by",
    'time; "time-bounded" marks a measure that stopped on its budget. Each measure starts after one',
    'call of its own that is not counted (the first after a start; its time is given below the table).',
    '',
    ...scaleTable(scaleRows(r.scale)),
    '',
    ...scaleDetails(r.scale),
    '',
    '## 3. Quote throughput of the core',
    '',
    r.quote === undefined
      ? `Failed: ${r.quoteFailure ?? 'unknown'}`
      : `\`quoteRefund\` (src/quotes/refund-quote.ts) in a tight loop in one process for ${r.quote.seconds} s each, while the rest of the benchmark waits: **${int(r.quote.emptyLedger)} quotes/s** with an empty cap ledger, **${int(r.quote.busyLedger)} quotes/s** with a 50-entry ledger. The policy arithmetic is not the bottleneck anywhere above.`,
    '',
    '## What this means',
    '',
    ...meaning(r),
    '',
    '## What to fix',
    '',
    ...fixes(r),
    '',
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}`;
};
