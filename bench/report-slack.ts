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
  readonly desk?: SlackRun;
  readonly bare?: SlackRun;
  readonly ratio: number;
  readonly verdicts: string[];
  readonly met: boolean[];
}

export const slackRows = (r: SlackResults): SlackRow[] => {
  const keys = [...new Set(r.runs.map((x) => `${x.command}@${x.concurrency}`))];
  return keys.map((key) => {
    const runs = r.runs.filter((x) => `${x.command}@${x.concurrency}` === key);
    const desk = runs.find((x) => x.target === 'desk');
    const bare = runs.find((x) => x.target === 'bare');
    const ratio =
      desk !== undefined && bare !== undefined ? desk.ack.p99 / bare.ack.p99 : Number.NaN;
    const concurrency = runs[0]?.concurrency ?? 0;
    // One at a time is a reference (real use), not one of the issue's targets.
    const checks =
      concurrency < referenceBelow
        ? []
        : [verdict(ratio <= ratioTarget, `p99 ≤ ${ratioTarget}× bare Bolt`)];
    if (concurrency >= 200 && desk !== undefined) {
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

export const slackTable = (rows: readonly SlackRow[], footnote: string): string[] => [
  `| Command | Concurrency | Desk p50 (ms) | Desk p99 (ms) | Desk req/s | Bare Bolt p50 (ms) | Bare Bolt p99 (ms) | Bare Bolt req/s | p99 ratio | Targets |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|---:|---|`,
  ...rows.map(
    (r) =>
      `| \`/reservation ${r.command}\` | ${r.concurrency} | ${cell(r.desk).join(' | ')} | ${cell(r.bare).join(' | ')} | ${Number.isNaN(r.ratio) ? 'n/a' : `${r.ratio.toFixed(2)}×`} | ${r.verdicts.join('; ') || 'reference: one at a time'} |`,
  ),
  '',
  footnote,
];

export const replyTable = (rows: readonly SlackRow[]): string[] => [
  '| Command | Concurrency | Reply p50 (ms) | Reply p99 (ms) | Replies missing |',
  '|---|---:|---:|---:|---:|',
  ...rows.flatMap((r) =>
    r.desk?.reply === undefined
      ? []
      : [
          `| \`/reservation ${r.command}\` | ${r.concurrency} | ${ms(r.desk.reply.p50)} | ${ms(r.desk.reply.p99)} | ${r.desk.reply.missing} |`,
        ],
  ),
];

export const slackConsole = (rows: readonly SlackRow[]): string[] =>
  rows.map(
    (r) =>
      `  ${r.command.padEnd(6)} @${String(r.concurrency).padEnd(3)}  desk p50 ${ms(r.desk?.ack.p50 ?? Number.NaN)} ms, p99 ${ms(r.desk?.ack.p99 ?? Number.NaN)} ms, ${int(r.desk?.requestsPerSecond ?? Number.NaN)} req/s | bare Bolt p50 ${ms(r.bare?.ack.p50 ?? Number.NaN)} ms, p99 ${ms(r.bare?.ack.p99 ?? Number.NaN)} ms, ${int(r.bare?.requestsPerSecond ?? Number.NaN)} req/s | ratio ${Number.isNaN(r.ratio) ? 'n/a' : r.ratio.toFixed(2)}× — ${r.verdicts.join('; ') || 'reference'}`,
  );
