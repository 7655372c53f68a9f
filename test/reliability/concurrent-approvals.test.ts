import { afterEach, describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/approvals/model.ts';
import { parseMoney } from '../../src/shared/money.ts';
import { contact, type Harness, openDesk, value } from '../support/desk-harness.ts';
import { storeOnDisk } from '../support/store-on-disk.ts';
import { refund, reservation } from '../support/tenant-builders.ts';

// 50 pending refunds for one customer, approved all at once by two approvers, while the
// customer's rolling cap (USD 50,000) has room for only some of them.

let h: Harness;
afterEach(async () => h?.close());

const count = 50;
const capLimitCents = 5_000_000n;
const historyCents = 4_400_000n;

const cents = (amount: string): bigint => {
  const m = parseMoney(amount, 'USD');
  if (!m.ok) throw new Error(`not an amount: ${amount}`);
  return m.value.minor;
};
const counted = (r: RequestRecord): bigint =>
  'capCounted' in r.quote ? cents(r.quote.capCounted) : 0n;

/** A desk whose customer has `count` reservations and USD 44,000 of its cap already used. */
const openNearCap = () =>
  openDesk({
    file: {
      reservations: Array.from({ length: count }, (_, i) =>
        reservation({ displayName: `VM_RI_${String(i).padStart(2, '0')}` }),
      ),
      refundHistory: [
        refund({ date: '2025-12-01', amount: '30000.00' }),
        refund({ date: '2026-03-01', amount: '14000.00' }),
      ],
    },
  });

describe('50 simultaneous approvals against one customer cap', () => {
  it('never exceeds the cap, refuses only what no longer fits, and leaves each request in one state', async () => {
    h = await openNearCap();
    const dev = await h.as('dev');
    // Quantities 1 and 2 (USD 604.93 and 1,209.86 toward the cap): which ones fit depends on order.
    const submitted: RequestRecord[] = [];
    for (let i = 0; i < count; i += 1) {
      submitted.push(
        value(
          await h.desk.submitRefund(dev, {
            reservation: `VM_RI_${String(i).padStart(2, '0')}`,
            quantity: 1 + (i % 2),
            reason: 'Consolidating onto Savings Plans',
            contact,
            channel: 'slack',
          }),
        ),
      );
    }
    const approvers = [await h.as('ana'), await h.as('ben')];

    const results = await Promise.all(
      submitted.map((r, i) =>
        h.desk.approve(approvers[i % 2] ?? dev, { requestId: r.id, channel: 'slack' }),
      ),
    );

    const { requests, audit, sandbox } = (await storeOnDisk(h.storePath)) as {
      requests: RequestRecord[];
      audit: { action: string; requestId?: string }[];
      sandbox: { tickets: { requestId: string }[] };
    };
    const filed = requests.filter((r) => r.status === 'filed');
    const used = historyCents + filed.reduce((sum, r) => sum + counted(r), 0n);
    // The cap holds, both by our sum and by the desk's own cap view.
    expect(used).toBeLessThanOrEqual(capLimitCents);
    expect(value(await h.desk.cap('Contoso Ltd')).used.minor).toBe(used);
    expect(filed.length).toBeGreaterThan(0);
    expect(filed.length).toBeLessThan(count);

    for (const [i, r] of submitted.entries()) {
      const result = results[i];
      const stored = requests.find((x) => x.id === r.id);
      const approvals = audit.filter((a) => a.requestId === r.id && a.action === 'approved');
      if (result?.ok) {
        // Approved: filed exactly once, with one 'approved' line.
        expect(stored?.status).toBe('filed');
        expect(approvals).toHaveLength(1);
      } else {
        // Refused: still pending, refused for the cap and nothing else, never approved.
        expect(result?.ok === false && result.error.code).toBe('CAP_EXCEEDED');
        expect(stored?.status).toBe('pending_approval');
        expect(approvals).toHaveLength(0);
        // No room was lost: what was refused does not fit what is left at the end either.
        expect(counted(r)).toBeGreaterThan(capLimitCents - used);
      }
    }
    expect(h.support.calls).toBe(filed.length);
    expect(new Set(sandbox.tickets.map((t) => t.requestId)).size).toBe(filed.length);
    expect(audit.filter((a) => a.action === 'filed')).toHaveLength(filed.length);
  });
});
