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

/**
 * A customer's refund-cap ledger: canceled commitments in the provider's history plus the refunds
 * the bot approved (dated on their approval day, in USD).
 */
export const capLedger = (
  customerId: string,
  history: readonly RefundHistoryEntry[],
  requests: readonly RequestRecord[],
): CapEntry[] => {
  const fromHistory = history
    .filter((h) => h.customerId === customerId)
    .map((h): CapEntry => ({ customerId, date: h.date, amount: h.amount, source: 'history' }));
  const fromBot = requests.flatMap((r): CapEntry[] => {
    if (r.kind !== 'refund' || r.customerId !== customerId || !countsTowardCap.has(r.status))
      return [];
    if (r.approvedOn === undefined || !('capCounted' in r.quote)) return [];
    const amount = parseMoney(r.quote.capCounted, 'USD');
    return amount.ok
      ? [{ customerId, date: r.approvedOn, amount: amount.value, source: 'bot', requestId: r.id }]
      : [];
  });
  return [...fromHistory, ...fromBot];
};
