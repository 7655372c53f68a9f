import { join } from 'node:path';
import { loadTenantData } from '../../adapters/sandbox/load-tenant.ts';
import type { CapEntry } from '../../src/quotes/cap.ts';
import { defaultPolicy } from '../../src/quotes/policy.ts';
import { quoteRefund } from '../../src/quotes/refund-quote.ts';
import { money } from '../../src/shared/money.ts';
import type { CalendarDate } from '../../src/shared/time.ts';
import { projectRoot, report, runChild } from '../lib/child.ts';

export interface QuoteFigures {
  /** Quotes per second with an empty cap ledger. */
  readonly emptyLedger: number;
  /** Quotes per second with a 50-entry ledger (a busy customer's year). */
  readonly busyLedger: number;
  readonly seconds: number;
}

/** Calls `run` in a tight loop for about `seconds`; answers calls per second. */
const rate = (run: () => bigint, seconds: number): number => {
  let calls = 0;
  let sink = 0n;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i += 1) sink += run();
    calls += 1000;
  }
  if (sink < 0n) throw new Error('unreachable: refunds are never negative');
  return calls / ((performance.now() - start) / 1000);
};

/** `quote-child.ts <seconds>`: `quoteRefund` of the core on one core, while the benchmark waits. */
runChild(async () => {
  const seconds = Number(process.argv[2] ?? 2);
  const data = await loadTenantData(join(projectRoot, 'data', 'demo-tenant.json'));
  const reservation = data.reservations.find((r) => r.displayName === 'VM_RI_D2s_weu');
  if (reservation === undefined) throw new Error('the demo tenant has no VM_RI_D2s_weu');
  const asOf = '2026-11-28' as CalendarDate;
  const busy: CapEntry[] = Array.from({ length: 50 }, (_, i) => ({
    customerId: reservation.customerId,
    date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` as CalendarDate,
    amount: money(BigInt(10_000 + i * 1_000), 'USD'),
    source: 'bot',
  }));
  const quote = (capEntries: readonly CapEntry[]) => () => {
    const q = quoteRefund({ reservation, asOf, policy: defaultPolicy, capEntries });
    if (!q.ok) throw new Error(q.error.message);
    return q.value.refund.minor;
  };
  rate(quote([]), 0.3); // warm-up: let the JIT settle
  const figures: QuoteFigures = {
    emptyLedger: rate(quote([]), seconds),
    busyLedger: rate(quote(busy), seconds),
    seconds,
  };
  report({ type: 'quoted', figures });
});
