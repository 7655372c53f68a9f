import { constants } from 'node:buffer';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { compose } from '../../adapters/compose.ts';
import { journalPathOf } from '../../adapters/storage/lowdb-store.ts';
import { parseConfig } from '../../adapters/system/config.ts';
import { handleText } from '../../src/chat/handle.ts';
import type { Desk } from '../../src/desk/index.ts';
import { projectRoot, report, runChild } from '../lib/child.ts';
import { repeat, summarize, timed } from '../lib/stats.ts';
import { scaleNow } from './generate-tenant.ts';
import type { ApprovalFigures, ReadFigures, ScaleMeta, WriteCosts } from './types.ts';

const contact = {
  firstName: 'Dev',
  lastName: 'Patel',
  preferredContactMethod: 'email',
  email: 'dev.patel@partner.example',
  phone: '+44 20 7946 0000',
  timeZone: 'GMT Standard Time',
  language: 'en-us',
  country: 'GBR',
};

const agent = async (desk: Desk, email: string) => {
  const r = await desk.identify({ kind: 'local', nameOrEmail: email });
  if (!r.ok) throw new Error(`${email}: ${r.error.message}`);
  return r.value;
};

const must = <T>(
  r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

const approvalBudgetMs = Number(process.argv[3] ?? 15_000);
const gc = (globalThis as { gc?: () => void }).gc;

/** `measure-child.ts <meta.json> [approval budget ms]`: the real composition over the generated files, timed. */
runChild(async () => {
  const meta = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as ScaleMeta;
  const parsed = parseConfig(
    {
      RESERVATION_DESK_DATA: meta.dataPath,
      RESERVATION_DESK_STORE: meta.storePath,
      RESERVATION_DESK_NOW: scaleNow,
    },
    { cwd: projectRoot, projectRoot },
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const started = await timed(() => compose(parsed.config));
  const { desk, store } = started.value;
  const usage = process.memoryUsage();
  gc?.();
  const memory = {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    ...(gc === undefined ? {} : { heapUsedAfterGc: process.memoryUsage().heapUsed }),
  };
  report({ type: 'progress', step: 'started', ms: started.ms });
  const requester = await agent(desk, meta.requester);
  const approver = await agent(desk, meta.approver);

  // Garbage-collection pauses during the reads: what turns a large heap into long p99s.
  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  let reservations = 0;
  const context = { actor: requester, channel: 'slack' as const, locale: 'en-US' };
  // Each read once first, not counted: the first call after a start builds indexes and compiles.
  const firstMs = {
    list: (await timed(() => desk.reservations(meta.bigCustomer.name))).ms,
    listRendered: (await timed(() => handleText(desk, `list ${meta.bigCustomer.domain}`, context)))
      .ms,
    quote: (
      await timed(() => desk.quoteRefund({ reservation: meta.targets[0]?.displayName ?? '' }))
    ).ms,
    quoteBig: (await timed(() => desk.quoteRefund({ reservation: meta.bigCustomer.reservation })))
      .ms,
  };
  const list = await repeat(
    async () => {
      reservations = must(await desk.reservations(meta.bigCustomer.name)).reservations.length;
    },
    { times: 100, budgetMs: 4_000, minimum: 5 },
  );
  const listRendered = await repeat(
    async () => void (await handleText(desk, `list ${meta.bigCustomer.domain}`, context)),
    { times: 20, budgetMs: 3_000, minimum: 3 },
  );
  const quote = await repeat(
    async (i) => {
      const target = meta.targets[i % 20];
      must(await desk.quoteRefund({ reservation: target?.displayName ?? '' }));
    },
    { times: 200, budgetMs: 5_000, minimum: 5 },
  );
  let exceedsCap = false;
  const quoteBig = await repeat(
    async () => {
      exceedsCap = must(await desk.quoteRefund({ reservation: meta.bigCustomer.reservation })).quote
        .cap.exceeds;
    },
    { times: 50, budgetMs: 4_000, minimum: 5 },
  );
  // Entries are delivered on a later turn of the event loop: let them arrive, then take the rest.
  await new Promise((resolve) => setImmediate(resolve));
  for (const entry of observer.takeRecords()) pauses.push(entry.duration);
  observer.disconnect();
  const reads: ReadFigures = {
    startupMs: started.ms,
    memory,
    list: { ...list, reservations },
    listRendered,
    quote,
    quoteBig: { ...quoteBig, exceedsCap },
    firstMs,
    gcDuringReads: {
      count: pauses.length,
      totalMs: pauses.reduce((a, b) => a + b, 0),
      maxMs: Math.max(0, ...pauses),
    },
    maxStringLength: constants.MAX_STRING_LENGTH,
  };
  report({ type: 'reads', figures: reads });
  report({ type: 'progress', step: 'reads done' });

  const approveOne = async (target: ScaleMeta['targets'][number] | undefined) => {
    const submitted = await timed(async () =>
      must(
        await desk.submitRefund(requester, {
          reservation: target?.displayName ?? '',
          quantity: 1,
          reason: 'Benchmark: the customer returns one unit',
          contact,
          channel: 'slack',
        }),
      ),
    );
    const approved = await timed(async () =>
      must(await desk.approve(approver, { requestId: submitted.value.id, channel: 'slack' })),
    );
    return { submitted, approved };
  };
  // The first approval after the start is reported apart, as the first reads are.
  const first = await approveOne(meta.targets[20]);
  const firstApprovalMs = first.submitted.ms + first.approved.ms;
  report({ type: 'progress', step: 'first approval', ms: firstApprovalMs });
  const submits: number[] = [];
  const approves: number[] = [];
  let filed = 0;
  const approval = await repeat(
    async (i) => {
      const { submitted, approved } = await approveOne(meta.targets[21 + i]);
      submits.push(submitted.ms);
      approves.push(approved.ms);
      if (approved.value.request.status === 'filed') filed += 1;
      report({ type: 'progress', step: `approval ${i + 1}`, ms: submitted.ms + approved.ms });
    },
    // Bounded by time as well as by count, in case a store is slow to write.
    { times: 50, budgetMs: approvalBudgetMs, minimum: 1 },
  );
  const approvals: ApprovalFigures = {
    ...approval,
    firstMs: firstApprovalMs,
    filed,
    submit: { ...summarize(submits), budgetHit: approval.budgetHit },
    approve: { ...summarize(approves), budgetHit: approval.budgetHit },
  };
  report({ type: 'approvals', figures: approvals });

  // What the approvals appended to the journal, and what rewriting the whole file costs (the
  // store does that only once the journal outgrows the file, or for a change that is not an append).
  const journal = await readFile(journalPathOf(meta.storePath), 'utf8').catch(() => '');
  const state = await store.read();
  const text = await timed(async () => JSON.stringify(state, null, 2));
  const written = await timed(() =>
    writeFile(join(meta.storePath, '..', 'scratch.json'), text.value),
  );

  const line = `${JSON.stringify(state.requests.at(-1))}\n`;
  const log = await open(join(meta.storePath, '..', 'requests.jsonl'), 'a');
  const append = await repeat(
    async () => {
      await log.appendFile(line);
      await log.datasync();
    },
    { times: 200, budgetMs: 5_000 },
  );
  await log.close();

  const costs: WriteCosts = {
    journal: {
      lines: journal.split('\n').filter((l) => l !== '').length,
      bytes: Buffer.byteLength(journal),
      approvals: approvals.count,
    },
    write: {
      stringifyMs: text.ms,
      writeMs: written.ms,
      bytes: Buffer.byteLength(text.value),
    },
    append,
  };
  report({ type: 'costs', figures: costs });
});
