import type { AuditEntry, RequestRecord } from '../approvals/model.ts';
import type { Store } from '../ports.ts';
import { addDays, type CalendarDate, type Clock, dateOf, type Instant } from '../shared/time.ts';

/** The last day a request can be decided on: created + requestExpiryDays. */
export const expiresOn = (r: RequestRecord, requestExpiryDays: number): CalendarDate =>
  addDays(dateOf(r.createdAt), requestExpiryDays);

export const isStale = (r: RequestRecord, on: CalendarDate, requestExpiryDays: number): boolean =>
  r.status === 'pending_approval' && on > expiresOn(r, requestExpiryDays);

/** How a request reads today, even before the expiry has been written (read-only views, the CLI). */
export const withEffectiveStatus = (
  r: RequestRecord,
  on: CalendarDate,
  requestExpiryDays: number,
): RequestRecord => (isStale(r, on, requestExpiryDays) ? { ...r, status: 'expired' } : r);

/**
 * Marks every undecided request past its expiry as expired, with an audit line each. Mutates the
 * store state it is given (call inside `store.update`); returns how many expired.
 */
export const expireStale = (
  state: { requests: RequestRecord[]; audit: AuditEntry[] },
  now: Instant,
  requestExpiryDays: number,
): number => {
  const on = dateOf(now);
  let count = 0;
  state.requests = state.requests.map((r) => {
    if (!isStale(r, on, requestExpiryDays)) return r;
    count += 1;
    state.audit.push({
      at: now,
      action: 'expired',
      actor: null,
      channel: 'system',
      requestId: r.id,
      reservationId: r.reservationId,
      from: r.status,
      to: 'expired',
      note: `no decision by ${expiresOn(r, requestExpiryDays)}`,
    });
    return { ...r, status: 'expired', updatedAt: now };
  });
  return count;
};

/**
 * Expires stale requests, writing the store only when there is one: most sweeps find none, and
 * each store write costs time in proportion to the whole store. Answers how many expired.
 */
export const sweepStale = async (ctx: {
  readonly store: Store;
  readonly clock: Clock;
  readonly policy: { readonly requestExpiryDays: number };
}): Promise<number> => {
  const now = ctx.clock.now();
  const on = dateOf(now);
  const { requests } = await ctx.store.read();
  if (!requests.some((r) => isStale(r, on, ctx.policy.requestExpiryDays))) return 0;
  return ctx.store.update((state) => expireStale(state, now, ctx.policy.requestExpiryDays));
};
