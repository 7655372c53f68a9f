import { chatListRows } from '../src/chat/handle.ts';
import { int, mb, ms } from './lib/stats.ts';
import type { BenchResults } from './report.ts';
import {
  ratioTarget,
  referenceBelow,
  type SlackRow,
  slackAckLimitMs,
  slackRows,
} from './report-slack.ts';

const s = (v: number) => `${(v / 1000).toFixed(1)} s`;

/** "What this means": the figures of this run, read. */
export const meaning = (r: BenchResults): string[] => [
  ...slackMeaning(r),
  ...scaleMeaning(r),
  ...(r.quote === undefined
    ? []
    : [
        `- **Core.** ${int(r.quote.emptyLedger)} quotes/s on one core (${(1000 / r.quote.emptyLedger).toFixed(3)} ms each): the exact rational arithmetic costs nothing next to lookups, rendering and storage.`,
      ]),
];

/** How much later the desk's p99 ack came than bare Bolt's. */
const gap = (x: SlackRow) => (x.desk?.ack.p99 ?? Number.NaN) - (x.bare?.ack.p99 ?? Number.NaN);
const signedMs = (v: number) => `${v >= 0 ? '+' : '−'}${ms(Math.abs(v))}`;

const slackMeaning = (r: BenchResults): string[] => {
  const rows = r.slack === undefined ? [] : slackRows(r.slack);
  const closed = rows.filter((x) => x.ratePerSecond === undefined);
  const loaded = closed.filter((x) => x.concurrency >= referenceBelow && x.desk !== undefined);
  if (loaded.length === 0) return [];
  const failures = loaded.reduce((n, x) => n + (x.desk?.failures ?? 0), 0);
  const at200 = loaded.filter((x) => x.concurrency >= 200);
  const inside = at200.every((x) => (x.desk?.ack.p99 ?? Infinity) < slackAckLimitMs);
  const ratios = loaded.map((x) => x.ratio).filter((x) => !Number.isNaN(x));
  const allMet = ratios.every((x) => x <= ratioTarget);
  const out = [
    `- **Slack.** ${failures === 0 ? 'The desk answered every command' : `**${failures} commands failed**`}; at 200 in flight its ack p99 was ${at200.map((x) => `${ms(x.desk?.ack.p99 ?? Number.NaN)} ms for \`${x.command}\``).join(' and ')}, ${inside ? "inside Slack's 3 s" : "**past Slack's 3 s**"}. ${ratios.length === 0 ? '' : `Against bare Bolt its p99 was ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×, ${allMet ? 'within' : 'against'} the ${ratioTarget}× target.`}`,
  ];
  if (!allMet)
    out.push(
      '  The gap is the work a command costs beyond an ack (identify, quote, render, seal the buttons; for `refund` also the `views.open` call back to Slack), on one event loop that the next requests wait behind. With a fixed number in flight and the server saturated, latency ≈ in-flight ÷ throughput (Little\'s law; compare the p50 and req/s columns), so at saturation the ratio target means "a whole command costs no more than 1.25× an ack-only app", which is out of reach while a command costs several times an ack (see "What to fix", 3).',
    );
  const late = loaded.filter(
    (x) => x.command === 'refund' && (x.desk?.reply?.p99 ?? 0) > slackAckLimitMs,
  );
  const refunds = loaded.filter((x) => x.command === 'refund' && x.desk?.reply !== undefined);
  if (late.length === 0 && refunds.length > 0)
    out.push(
      `  What people see: the refund modal opened p99 ${refunds.map((x) => `${ms(x.desk?.reply?.p99 ?? 0)} ms at ${x.concurrency}`).join(' and ')} in flight after the command, within the 3 s Slack gives a \`trigger_id\`.`,
    );
  if (late.length > 0)
    out.push(
      `  Worse for people: at ${late.map((x) => x.concurrency).join(' and ')} in flight the refund modal opened p99 ${late.map((x) => s(x.desk?.reply?.p99 ?? 0)).join(' / ')} after the command. Slack's \`trigger_id\` lives 3 s, so real Slack would refuse those \`views.open\` calls (\`expired_trigger_id\`) and the person would see nothing.`,
    );
  const single = closed.filter((x) => x.concurrency < referenceBelow && x.desk !== undefined);
  if (single.length > 0)
    out.push(
      `  For scale: a CSP partner's operations team sends a few commands a minute. One command at a time — real use — the desk acked in p50 ${single.map((x) => `${ms(x.desk?.ack.p50 ?? Number.NaN)} ms (\`${x.command}\`, bare Bolt ${ms(x.bare?.ack.p50 ?? Number.NaN)} ms)`).join(' and ')}; 50 to 200 in flight is a stress test far past it.`,
    );
  const paced = rows.filter((x) => x.ratePerSecond !== undefined && x.desk !== undefined);
  if (paced.length > 0)
    out.push(
      `  Sent at a fixed rate instead (open loop, as people send commands): ${paced.map((x) => `at ${int(x.ratePerSecond ?? 0)}/s (${int((x.ratePerSecond ?? 0) * 60)} a minute) \`${x.command}\` acked p99 ${ms(x.desk?.ack.p99 ?? Number.NaN)} ms against bare Bolt's ${ms(x.bare?.ack.p99 ?? Number.NaN)} ms (${Number.isNaN(x.ratio) ? 'n/a' : `${x.ratio.toFixed(2)}×`}, ${signedMs(gap(x))} ms)`).join('; ')}. ${paced.every((x) => x.ratio <= ratioTarget) ? `Within ${ratioTarget}× of bare Bolt at that rate: the ratio target holds wherever the server is not saturated.` : `Past ${ratioTarget}× at that rate by at most ${ms(Math.max(...paced.map(gap)))} ms: unsaturated, what is left is a command's own work (for \`show\`, the answer itself, drawn into the ack), not time spent waiting behind other commands.`}`,
    );
  return out;
};

const scaleMeaning = (r: BenchResults): string[] => {
  const { reads: f, generation: g, approvals: a } = r.scale;
  if (f === undefined || g === undefined)
    return r.scale.failure === undefined
      ? []
      : [`- **Scale.** The measurement did not finish (${r.scale.failure}).`];
  const reads = [f.list, f.quote, f.quoteBig];
  const readsMet = reads.every((t) => t.p99 < 50);
  const spiky = reads.some((t) => t.p99 > 3 * t.p50) && f.gcDuringReads.maxMs > 20;
  const perRequest = g.storeBytes / r.scale.shape.requests;
  return [
    `- **Scale.** Reads: \`list\` p50 ${ms(f.list.p50)} / p99 ${ms(f.list.p99)} ms, a quote p50 ${ms(f.quote.p50)} / p99 ${ms(f.quote.p99)} ms, the big customer's quote p50 ${ms(f.quoteBig.p50)} / p99 ${ms(f.quoteBig.p99)} ms — ${readsMet ? 'within' : '**over**'} the 50 ms targets${spiky ? `; garbage collection on a ${mb(f.memory.heapUsed)} heap paused the process ${f.gcDuringReads.count} times during these reads (the longest ${ms(f.gcDuringReads.maxMs)} ms), which is most of the gap between p50 and p99` : ''}. Lookups use indexes built once per list (src/desk/indexes.ts) or, for the store's requests, kept in step with each update (src/desk/records.ts); formatters are shared.`,
    a === undefined
      ? '  Writes: not one approval finished within the time limit.'
      : `  Writes: an approval (submit + approve + filing) took p50 ${ms(a.p50)} / p99 ${ms(a.p99)} ms (target 150 ms) over ${int(a.count)} runs: each update appends its change to the journal beside the lowdb file instead of rewriting the ${mb(g.storeBytes)} file (before the journal: 94 s per approval on this store), and neither copies the audit list nor rebuilds the request lookups (adapters/storage/append-view.ts, src/desk/records.ts). The first approval after the start took ${ms(a.firstMs)} ms.`,
    `  The start took ${s(f.startupMs)} (target 2 s) and left rss at ${mb(f.memory.rss)}: the lowdb file is one JSON document, read and validated whole at every start (see "Where the start goes"). That is the limit of a JSON-file store, and V8's string limit is its wall: at about ${int(f.maxStringLength / perRequest)} requests of this size (≈ ${int(perRequest)} bytes each with its audit lines) the file could no longer be rewritten at all.`,
    `  Drawing the \`list\` of the ${int(f.list.reservations)}-reservation customer as a Slack reply (the ${chatListRows} soonest to expire and a count of the rest: a message cannot hold more) took p50 ${ms(f.listRendered.p50)} ms, the query included.`,
  ];
};

/**
 * Why acking first and doing the work later does not help at saturation: with the figures of the
 * `refund` run at the highest concurrency, the work would queue behind the acks.
 */
const backlog = (r: BenchResults): string => {
  const rows = r.slack === undefined ? [] : slackRows(r.slack);
  // The closed-loop run with the most in flight: the saturated one.
  const refund = rows
    .filter(
      (x) =>
        x.command === 'refund' &&
        x.ratePerSecond === undefined &&
        x.desk !== undefined &&
        x.bare !== undefined,
    )
    .at(-1);
  if (refund?.desk === undefined || refund.bare === undefined) return '';
  const deskMs = 1000 / refund.desk.requestsPerSecond;
  const bareMs = 1000 / refund.bare.requestsPerSecond;
  const queued = refund.desk.requests * (deskMs - bareMs);
  const modal = refund.desk.reply?.p99 ?? 0;
  return `Acking at bare Bolt's pace and doing the work behind the acks (a worker thread, or acks served first) would only move the queue: at ${refund.concurrency} in flight a refund took ${ms(deskMs)} ms of the server's time against ${ms(bareMs)} ms for a bare ack, so the ${int(refund.desk.requests)} refunds of the run would leave ≈ ${s(queued)} of work queued behind their acks, on top of the modal's own p99 of ${s(modal)} here: ${modal + queued > slackAckLimitMs ? 'the last modals would miss' : 'the last modals would come close to'} the 3 s a \`trigger_id\` lives — worse for people than a slower ack that is still well inside Slack's limit. `;
};

/** "What to fix", most valuable first; each item is grounded in a figure above or a CPU profile. */
export const fixes = (r: BenchResults): string[] => {
  const { generation: g } = r.scale;
  return [
    `1. **A store that does not load everything at start.** The journal made writes cheap; the start still parses and validates the whole file (${g === undefined ? 'n/a' : `${ms(g.storeJsonParseMs)} ms parse + ${ms(g.storeValidateMs)} ms validation`} here) and holds it in memory. For stores this large, move to **SQLite via \`better-sqlite3@12\`** (works on Node 20; it builds from source with the machine's compiler): requests, audit lines and tickets as rows, indexes on request ID, customer and idempotency key, one transaction per change, no full load. The \`Store\` port would become record-level (\`getRequest\`, \`requestsOf(customer)\`, \`saveRequest\`, \`appendAudit\`). This is a change of the product's storage choice (lowdb), so it is proposed, not made.`,
    `2. **Start faster within lowdb.** Validating the data file takes ${g === undefined ? 'n/a' : ms(g.dataValidateMs)} ms for ${int(r.scale.shape.reservations)} reservations and the store ${g === undefined ? 'n/a' : ms(g.storeValidateMs)} ms; the file is written two-space-indented, which makes it larger to parse. Validating history once (when written) rather than at every start, and a compact file, would cut the start, at the cost of a file that is harder to read by hand.`,
    `3. **Slack at saturation.** At ${ratioTarget}× of bare Bolt the target asks that a whole command (identify, quote, render, and its own call back to Slack: \`respond\` or \`views.open\`) costs no more CPU than an ack-only app, because at saturation latency ≈ in-flight ÷ throughput. \`show\` is already answered in its ack (no call back to Slack). ${backlog(r)}Closer still needs each command to cost less (Slack's WebClient — queue, retry, request logging — is the largest single part of a refund's work in the profile), or the target restated at a realistic rate.`,
    '',
    'Profile any of this with `BENCH_CPU_PROF=<dir> npm run bench`: every child process writes a V8 CPU profile there (open it in Chrome DevTools).',
  ];
};
