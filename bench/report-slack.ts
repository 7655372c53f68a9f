import { int, ms, verdict } from './lib/stats.ts';
import type { SlackResults, SlackRun } from './slack/slack-bench.ts';

/** Slack's limit for the ack, and what "well under" it is taken to mean here (a third). */
export const slackAckLimitMs = 3_000;
export const wellUnderMs = 1_000;
export const ratioTarget = 1.25;
/** Levels below this many in flight are measured for reference only. */
export const referenceBelow = 50;

export interface SlackRow {
  readonly command: string;
  readonly concurrency: number;
  /** A fixed-rate (open-loop) row: for reference, not one of the issue's targets. */
  readonly ratePerSecond?: number;
  readonly desk?: SlackRun;
  readonly bare?: SlackRun;
  readonly ratio: number;
  readonly verdicts: string[];
  readonly met: boolean[];
}

const keyOf = (x: SlackRun) => `${x.command}@${x.concurrency}/${x.ratePerSecond ?? 'closed'}`;

/** What the "In flight or rate" column says: the number in flight, or the fixed rate. */
export const loadOf = (r: SlackRow): string =>
  r.ratePerSecond === undefined ? String(r.concurrency) : `${int(r.ratePerSecond)}/s`;

export const slackRows = (r: SlackResults): SlackRow[] => {
  const keys = [...new Set(r.runs.map(keyOf))];
  return keys.map((key) => {
    const runs = r.runs.filter((x) => keyOf(x) === key);
    const desk = runs.find((x) => x.target === 'desk');
    const bare = runs.find((x) => x.target === 'bare');
    const ratio =
      desk !== undefined && bare !== undefined ? desk.ack.p99 / bare.ack.p99 : Number.NaN;
    const concurrency = runs[0]?.concurrency ?? 0;
    const ratePerSecond = runs[0]?.ratePerSecond;
    // One at a time and a fixed rate are references (real use), not the issue's targets.
    const checks =
      concurrency < referenceBelow || ratePerSecond !== undefined
        ? []
        : [verdict(ratio <= ratioTarget, `p99 ≤ ${ratioTarget}× bare Bolt`)];
    if (concurrency >= 200 && ratePerSecond === undefined && desk !== undefined) {
      const p99 = desk.ack.p99;
      checks.push(
        verdict(p99 < slackAckLimitMs, `p99 < ${int(slackAckLimitMs)} ms, Slack's limit`),
      );
      checks.push(
        verdict(p99 <= wellUnderMs, `p99 ≤ ${int(wellUnderMs)} ms: "well under", a third`),
      );
    }
    if (desk !== undefined && desk.failures > 0)
      checks.push(verdict(false, `no failed requests; ${desk.failures} failed`));
    return {
      command: runs[0]?.command ?? '?',
      concurrency,
      ...(ratePerSecond === undefined ? {} : { ratePerSecond }),
      ...(desk === undefined ? {} : { desk }),
      ...(bare === undefined ? {} : { bare }),
      ratio,
      verdicts: checks.map((c) => c.text),
      met: checks.map((c) => c.met),
    };
  });
};

const cell = (run: SlackRun | undefined) =>
  run === undefined
    ? ['n/a', 'n/a', 'n/a']
    : [ms(run.ack.p50), ms(run.ack.p99), int(run.requestsPerSecond)];

const reference = (r: SlackRow) =>
  r.ratePerSecond === undefined
    ? 'reference: one at a time'
    : `reference: a fixed ${int(r.ratePerSecond)} commands/s, sent on schedule`;

export const slackTable = (rows: readonly SlackRow[], footnote: string): string[] => [
  `| Command | In flight or rate | Desk p50 (ms) | Desk p99 (ms) | Desk req/s | Bare Bolt p50 (ms) | Bare Bolt p99 (ms) | Bare Bolt req/s | p99 ratio | Targets |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|---:|---|`,
  ...rows.map(
    (r) =>
      `| \`/reservation ${r.command}\` | ${loadOf(r)} | ${cell(r.desk).join(' | ')} | ${cell(r.bare).join(' | ')} | ${Number.isNaN(r.ratio) ? 'n/a' : `${r.ratio.toFixed(2)}×`} | ${r.verdicts.join('; ') || reference(r)} |`,
  ),
  '',
  footnote,
];

export const replyTable = (rows: readonly SlackRow[]): string[] => [
  '| Command | In flight or rate | Reply p50 (ms) | Reply p99 (ms) | Replies missing |',
  '|---|---:|---:|---:|---:|',
  ...rows.flatMap((r) =>
    r.desk?.reply === undefined
      ? []
      : [
          `| \`/reservation ${r.command}\` | ${loadOf(r)} | ${ms(r.desk.reply.p50)} | ${ms(r.desk.reply.p99)} | ${r.desk.reply.missing} |`,
        ],
  ),
];

export const slackConsole = (rows: readonly SlackRow[]): string[] =>
  rows.map(
    (r) =>
      `  ${r.command.padEnd(6)} @${loadOf(r).padEnd(5)}  desk p50 ${ms(r.desk?.ack.p50 ?? Number.NaN)} ms, p99 ${ms(r.desk?.ack.p99 ?? Number.NaN)} ms, ${int(r.desk?.requestsPerSecond ?? Number.NaN)} req/s | bare Bolt p50 ${ms(r.bare?.ack.p50 ?? Number.NaN)} ms, p99 ${ms(r.bare?.ack.p99 ?? Number.NaN)} ms, ${int(r.bare?.requestsPerSecond ?? Number.NaN)} req/s | ratio ${Number.isNaN(r.ratio) ? 'n/a' : r.ratio.toFixed(2)}× — ${r.verdicts.join('; ') || 'reference'}`,
  );
