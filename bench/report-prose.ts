import { int, mb, ms } from './lib/stats.ts';
import type { BenchResults } from './report.ts';
import { ratioTarget, referenceBelow, slackAckLimitMs, slackRows } from './report-slack.ts';

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

const slackMeaning = (r: BenchResults): string[] => {
  const rows = r.slack === undefined ? [] : slackRows(r.slack);
  const loaded = rows.filter((x) => x.concurrency >= referenceBelow && x.desk !== undefined);
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
      '  The listener acks first, so the gap is not the ack itself: it is the work each command does after its ack (identify, quote, render, `respond`/`views.open`) on the same event loop, which the next requests wait behind. With a fixed number in flight and the server saturated, latency ≈ in-flight ÷ throughput (Little\'s law; compare the p50 and req/s columns), so at saturation the ratio target means "a whole command costs no more than 1.25× an ack-only app", which is out of reach while the work after the ack shares the ack\'s event loop.',
    );
  const late = loaded.filter(
    (x) => x.command === 'refund' && (x.desk?.reply?.p99 ?? 0) > slackAckLimitMs,
  );
  if (late.length > 0)
    out.push(
      `  Worse for people: at ${late.map((x) => x.concurrency).join(' and ')} in flight the refund modal opened p99 ${late.map((x) => s(x.desk?.reply?.p99 ?? 0)).join(' / ')} after the command. Slack's \`trigger_id\` lives 3 s, so real Slack would refuse those \`views.open\` calls (\`expired_trigger_id\`) and the person would see nothing.`,
    );
  const single = rows.filter((x) => x.concurrency < referenceBelow && x.desk !== undefined);
  if (single.length > 0)
    out.push(
      `  For scale: a CSP partner's operations team sends a few commands a minute. One command at a time — real use — the desk acked in p50 ${single.map((x) => `${ms(x.desk?.ack.p50 ?? Number.NaN)} ms (\`${x.command}\`, bare Bolt ${ms(x.bare?.ack.p50 ?? Number.NaN)} ms)`).join(' and ')}; 50 to 200 in flight is a stress test far past it.`,
    );
  return out;
};

const scaleMeaning = (r: BenchResults): string[] => {
  const { reads: f, generation: g, approvals: a } = r.scale;
  if (f === undefined || g === undefined)
    return r.scale.failure === undefined
      ? []
      : [
          `- **Scale.** The measurement did not finish (${r.scale.failure}); for lowdb at this size that is itself the answer.`,
        ];
  const reads = [f.list, f.quote, f.quoteBig];
  const readsMet = reads.every((t) => t.p99 < 50);
  const spiky = reads.some((t) => t.p99 > 3 * t.p50) && f.gcDuringReads.maxMs > 50;
  const perRequest = g.storeBytes / r.scale.shape.requests;
  const out = [
    `- **Scale.** A start took ${s(f.startupMs)} (target 2 s) and left rss at ${mb(f.memory.rss)}. Reads: \`list\` p50 ${ms(f.list.p50)} / p99 ${ms(f.list.p99)} ms, a quote p50 ${ms(f.quote.p50)} / p99 ${ms(f.quote.p99)} ms, the big customer's quote p50 ${ms(f.quoteBig.p50)} / p99 ${ms(f.quoteBig.p99)} ms — ${readsMet ? 'within' : '**over**'} the 50 ms targets${spiky ? `; garbage collection on a ${mb(f.memory.heapUsed)} heap paused the process ${f.gcDuringReads.count} times during these reads (the longest ${ms(f.gcDuringReads.maxMs)} ms), which widens the gap between p50 and p99` : ''}.`,
    a === undefined
      ? `  Writes are where lowdb breaks: not one approval (target 150 ms) finished within the time limit, because every update deep-copies, stringifies and rewrites the whole ${mb(g.storeBytes)} file, five times per approval.`
      : `  Writes are where lowdb breaks: one approval took ${s(a.p50)} (target 150 ms), because every update deep-copies, stringifies and rewrites the whole ${mb(g.storeBytes)} file, five times per approval.${a.count < 10 ? ` At that cost the run had time for ${a.count} approval${a.count === 1 ? '' : 's'}, too few for a real p99.` : ''}`,
    `  And it nears a wall: V8 cannot build a string longer than ${int(f.maxStringLength)} characters, so at about ${int(f.maxStringLength / perRequest)} requests of this size (≈ ${int(perRequest)} bytes each with its audit lines) lowdb could no longer write the store at all and every update would fail.`,
    `  Drawing the \`list\` of the 5,000-reservation customer as a chat reply took p50 ${ms(f.listRendered.p50)} ms against ${ms(f.list.p50)} ms for the query: rendering every row is the cost (and Slack shows 50 blocks anyway).`,
  ];
  return out;
};

/** "What to fix", most valuable first; each item is grounded in a figure above or a CPU profile. */
export const fixes = (r: BenchResults): string[] => {
  const { costs: c, generation: g } = r.scale;
  const write =
    c === undefined
      ? ''
      : ` (here ${s(c.write.cloneMs)} clone + ${s(c.write.stringifyMs)} stringify + ${s(c.write.writeMs)} write)`;
  return [
    `1. **Replace the lowdb store.** Every \`update\` deep-copies the whole state, stringifies it and rewrites the file${write}, whatever it changes. Move to **SQLite via \`better-sqlite3@12\`** (works on Node 20): requests, audit lines and sandbox tickets as rows (quotes as JSON columns), indexes on request ID, customer and idempotency key, one transaction per change (WAL mode), and no full load at start. The \`Store\` port becomes record-level (\`getRequest\`, \`requestsOf(customer)\`, \`saveRequest\`, \`appendAudit\`) instead of "whole state in, whole state out". If a native module is unwelcome, an **append-only JSON-lines log** with a snapshot at start is the lighter fix: appending one request and \`fdatasync\` took p50 ${c === undefined ? 'n/a' : ms(c.append.p50)} ms here. Either way, keep the crash-safety and exactly-once guarantees that the reliability tests (issue 7) check.`,
    '2. **Write only what changed.** `decidePending` runs the expire-stale sweep as a store update on every approval even when nothing expires, and `npm start` does it once at start: skip the write when no request is stale. That alone removes one of the five full rewrites per approval today.',
    `3. **Start faster.** Validating the data file takes ${g === undefined ? 'n/a' : ms(g.dataValidateMs)} ms for ${int(r.scale.shape.reservations)} reservations and the store ${g === undefined ? 'n/a' : ms(g.storeValidateMs)} ms (plus ${g === undefined ? 'n/a' : ms(g.storeJsonParseMs)} ms of \`JSON.parse\`). Each calendar date is checked by parsing it with dayjs; a regex plus a \`Date.UTC\` round-trip is much cheaper. With SQLite, rows are validated when written, not all of them at every start.`,
    "4. **Index the tenant once.** The data file never changes while the process runs, yet each quote scans every reservation three times, lowercasing IDs, order IDs and names (`findReservation`), the sandbox provider re-applies the scope overlay to all reservations on each `listReservations()`, and `capLedger` scans every stored request. Build maps at load (by lowercased ID, order ID, name and customer) and ask the store for one customer's requests.",
    '5. **Make each chat reply cheaper.** `formatMoney`, `showDate`, `showPercent` and `showInstant` build a new `Intl.NumberFormat`/`Intl.DateTimeFormat` on every call; in a CPU profile of the desk under `show` load, src/chat/views/format.ts was the largest item of self time. Cache one formatter per locale and options. `viewOf` computes day differences through dayjs and the list sorts ISO dates with `localeCompare`: use day numbers and `compareDates` (src/shared/time.ts). Page the `list` reply (Slack shows at most 50 blocks) instead of drawing every row.',
    `6. **Then re-measure Slack.** Cheaper commands narrow the gap to bare Bolt; to meet ${ratioTarget}× at saturation the work after the ack has to leave the ack's event loop (a worker pool, or a queue the process drains), or the target should be restated at a realistic rate (for example 20 commands/s) rather than at saturation. Above all, the refund modal must open within Slack's 3 s \`trigger_id\` life under load.`,
    '',
    'Profile any of this with `BENCH_CPU_PROF=<dir> npm run bench`: every child process writes a V8 CPU profile there (open it in Chrome DevTools).',
  ];
};
