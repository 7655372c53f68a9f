import type { RequestRecord } from '../approvals/model.ts';
import { countsTowardCap } from '../approvals/transitions.ts';
import type {
  Clock,
  Directory,
  IdSource,
  ReservationProvider,
  Store,
  SupportProvider,
} from '../ports.ts';
import type { CapEntry } from '../quotes/cap.ts';
import type { PolicyProfile } from '../quotes/policy.ts';
import type { RefundHistoryEntry } from '../reservations/model.ts';
import type { KeyedLock } from '../shared/keyed-lock.ts';
import { parseMoney } from '../shared/money.ts';

/** Everything the desk needs from outside, injected by the composition root. */
export interface DeskDependencies {
  readonly provider: ReservationProvider;
  readonly directory: Directory;
  readonly support: SupportProvider;
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly policy: PolicyProfile;
}

export interface DeskContext extends DeskDependencies {
  /** Serializes approvals per customer, so two approvals never both fit the same cap room. */
  readonly customerLock: KeyedLock;
}

/** Each request's ledger entry, worked out once: records are replaced, never edited (records.ts). */
const entryOf = new WeakMap<RequestRecord, CapEntry | null>();

const botEntry = (r: RequestRecord): CapEntry | null => {
  const known = entryOf.get(r);
  if (known !== undefined) return known;
  let entry: CapEntry | null = null;
  if (
    r.kind === 'refund' &&
    countsTowardCap.has(r.status) &&
    r.approvedOn !== undefined &&
    'capCounted' in r.quote
  ) {
    const amount = parseMoney(r.quote.capCounted, 'USD');
    if (amount.ok)
      entry = {
        customerId: r.customerId,
        date: r.approvedOn,
        amount: amount.value,
        source: 'bot',
        requestId: r.id,
      };
  }
  entryOf.set(r, entry);
  return entry;
};

/**
 * A customer's refund-cap ledger: canceled commitments in the provider's history plus the refunds
 * the bot approved (dated on their approval day, in USD).
 */
export const capLedger = (
  customerId: string,
  history: readonly RefundHistoryEntry[],
  requests: readonly RequestRecord[],
): CapEntry[] => {
  const ledger = history
    .filter((h) => h.customerId === customerId)
    .map((h): CapEntry => ({ customerId, date: h.date, amount: h.amount, source: 'history' }));
  for (const r of requests) {
    const entry = r.customerId === customerId ? botEntry(r) : null;
    if (entry !== null) ledger.push(entry);
  }
  return ledger;
};
