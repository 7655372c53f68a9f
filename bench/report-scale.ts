import { int, mb, ms, verdict } from './lib/stats.ts';
import type { ScaleResults } from './scale/scale-bench.ts';
import type { Timing } from './scale/types.ts';

export interface ScaleRow {
  readonly name: string;
  readonly timing: Timing | number;
  readonly target?: number;
  readonly verdict?: string;
  readonly met?: boolean;
}

export const scaleRows = (r: ScaleResults): ScaleRow[] => {
  const f = r.reads;
  const a = r.approvals;
  if (f === undefined) return [];
  const row = (name: string, timing: Timing | number, target?: number): ScaleRow => {
    if (target === undefined) return { name, timing };
    const value = typeof timing === 'number' ? timing : timing.p99;
    const v = verdict(
      value < target,
      `${typeof timing === 'number' ? '' : 'p99 '}< ${int(target)} ms`,
    );
    return { name, timing, target, verdict: v.text, met: v.met };
  };
  const approval = 'Approval: submit + approve, store writes and filing included';
  return [
    row(
      'Startup: `compose()` (load and validate the data file, open and validate the store)',
      f.startupMs,
      2_000,
    ),
    row(
      `\`list\` of the ${int(f.list.reservations)}-reservation customer (\`desk.reservations\`)`,
      f.list,
      50,
    ),
    row(
      'the same list as a Slack reply (`handleText`: the first rows and a count)',
      f.listRendered,
    ),
    row('Refund quote, typical customer (`desk.quoteRefund` by display name)', f.quote, 50),
    row(`Refund quote, the big customer (cap exceeded: ${f.quoteBig.exceedsCap})`, f.quoteBig, 50),
    ...(a === undefined
      ? [
          {
            ...row(`${approval}: not one finished within the time limit`, Number.NaN, 150),
            met: false,
          },
        ]
      : [
          row(`${approval} (${a.filed} filed)`, a, 150),
          row('— of which submit', a.submit),
          row('— of which approve (re-quote, file the support request)', a.approve),
        ]),
  ];
};

const figures = (t: Timing | number) =>
  typeof t === 'number'
    ? [ms(t), '—', '1']
    : [ms(t.p50), ms(t.p99), `${t.count}${t.budgetHit ? ', time-bounded' : ''}`];

export const scaleTable = (rows: readonly ScaleRow[]): string[] => [
  '| Measure | p50 (ms) | p99 (ms) | Runs | Target |',
  '|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.name} | ${figures(r.timing).join(' | ')} | ${r.verdict ?? '—'} |`),
];

export const scaleConsole = (rows: readonly ScaleRow[]): string[] =>
  rows.map((r) => {
    const [p50, p99, runs] = figures(r.timing);
    const what =
      typeof r.timing === 'number' ? `${p50} ms` : `p50 ${p50} ms, p99 ${p99} ms (runs: ${runs})`;
    return `  ${r.name.replaceAll('`', '')}: ${what}${r.verdict === undefined ? '' : ` — ${r.verdict}`}`;
  });

/** Memory, sizes and where the time goes: the evidence for "what to fix". */
export const scaleDetails = (r: ScaleResults): string[] => {
  const { generation: g, reads: f, costs: c } = r;
  const lines: string[] = [];
  if (g !== undefined) {
    lines.push(
      `- Files: data file ${mb(g.dataBytes)}, store ${mb(g.storeBytes)} (${int(r.shape.requests)} requests, ${int(g.auditEntries)} audit entries), written as lowdb writes them (two-space-indented JSON).`,
      `- Where the start goes (each step timed apart on text already in memory): store \`JSON.parse\` ${ms(g.storeJsonParseMs)} ms, store validation (\`storeStateSchema\`) ${ms(g.storeValidateMs)} ms, data \`JSON.parse\` ${ms(g.dataJsonParseMs)} ms, data validation (\`tenantDataSchema\`) ${ms(g.dataValidateMs)} ms.`,
    );
  }
  if (f !== undefined) {
    const first = [
      `\`list\` ${ms(f.firstMs.list)} ms`,
      `as a Slack reply ${ms(f.firstMs.listRendered)} ms`,
      `a quote ${ms(f.firstMs.quote)} ms`,
      `the big customer's quote ${ms(f.firstMs.quoteBig)} ms`,
      ...(r.approvals === undefined ? [] : [`an approval ${ms(r.approvals.firstMs)} ms`]),
    ];
    lines.push(
      `- The first call of each after the start, left out of the table (it builds the reservation indexes and compiles the code): ${first.join(', ')}.`,
      `- Memory after the start: rss ${mb(f.memory.rss)}, heapUsed ${mb(f.memory.heapUsed)}${f.memory.heapUsedAfterGc === undefined ? '' : `, heapUsed after a forced GC ${mb(f.memory.heapUsedAfterGc)}`}. While the reads ran, garbage collection paused the process ${f.gcDuringReads.count} times, ${ms(f.gcDuringReads.totalMs)} ms in all, the longest ${ms(f.gcDuringReads.maxMs)} ms.`,
    );
    if (g !== undefined)
      lines.push(
        `- V8's longest string is ${int(f.maxStringLength)} characters: lowdb cannot write a store whose JSON is longer; this one uses ${((g.storeBytes / f.maxStringLength) * 100).toFixed(0)}% of it.`,
      );
  }
  if (c !== undefined) {
    const rewrite = c.write.stringifyMs + c.write.writeMs;
    const perApproval = c.journal.approvals > 0 ? c.journal.lines / c.journal.approvals : 0;
    lines.push(
      `- Store writes: the ${int(c.journal.approvals)} approvals appended ${int(c.journal.lines)} journal lines (${perApproval.toFixed(1)} per approval: submit, approve, sandbox ticket, filed), ${c.journal.bytes < 1_000_000 ? `${int(c.journal.bytes / 1024)} KB` : mb(c.journal.bytes)} in all; the ${mb(c.write.bytes)} file was not rewritten. One line appended with \`fdatasync\` on this disk: p50 ${ms(c.append.p50)} ms, p99 ${ms(c.append.p99)} ms (${c.append.count} runs).`,
      `- Rewriting the whole file (what every update did before the journal, and what the store now does once the journal has grown past the file): \`JSON.stringify(…, null, 2)\` ${ms(c.write.stringifyMs)} ms + writing ${ms(c.write.writeMs)} ms = ${ms(rewrite)} ms, once per ${mb(c.write.bytes)} of appended changes.`,
    );
  }
  if (r.failure !== undefined) lines.push(`- **The measurement did not finish:** ${r.failure}`);
  return lines;
};
