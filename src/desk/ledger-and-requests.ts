// The cap of a customer and the list of requests: read-only views of the bot's own records.
import type { RequestRecord, RequestStatus } from '../approvals/model.ts';
import { requestStatuses } from '../approvals/model.ts';
import { type CapEntry, entriesInWindow, freesOn, sumMinor } from '../quotes/cap.ts';
import type { Customer } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { type Money, money } from '../shared/money.ts';
import { ok, type Result } from '../shared/result.ts';
import { type CalendarDate, today } from '../shared/time.ts';
import type { DeskContext } from './deps.ts';
import { withEffectiveStatus } from './expiry.ts';
import { findCustomer } from './lookup.ts';
import { ledgerFor } from './queries.ts';

export interface CapStatus {
  readonly customer: Customer;
  readonly asOf: CalendarDate;
  readonly limit: Money;
  readonly used: Money;
  readonly remaining: Money;
  readonly windowInDays: number;
  /** The entries counted now, each with the date it stops counting. */
  readonly entries: readonly (CapEntry & { readonly freesOn: CalendarDate })[];
}

/** Used, remaining, and what frees when, of a customer's rolling refund cap. */
export const capStatus = async (
  ctx: DeskContext,
  customerQuery: string,
  asOf?: CalendarDate,
): Promise<Result<CapStatus, DomainError>> => {
  const found = findCustomer(await ctx.provider.listCustomers(), customerQuery);
  if (!found.ok) return found;
  const on = asOf ?? today(ctx.clock);
  const windowInDays = ctx.policy.capWindowDays;
  const counted = entriesInWindow(await ledgerFor(ctx, found.value.id), on, windowInDays).sort(
    (a, b) => a.date.localeCompare(b.date),
  );
  const used = sumMinor(counted);
  const limit = ctx.policy.refundCap.minor;
  return ok({
    customer: found.value,
    asOf: on,
    limit: money(limit, 'USD'),
    used: money(used, 'USD'),
    remaining: money(limit > used ? limit - used : 0n, 'USD'),
    windowInDays,
    entries: counted.map((e) => ({ ...e, freesOn: freesOn(e, windowInDays) })),
  });
};

/** Parses a status filter ("pending" is accepted for pending_approval). */
export const parseStatus = (text: string): Result<RequestStatus, DomainError> => {
  const t = text.trim().toLowerCase().replace(/-/g, '_');
  const status =
    t === 'pending' ? 'pending_approval' : t === 'credited' ? 'credited_to_customer' : t;
  return (requestStatuses as readonly string[]).includes(status)
    ? ok(status as RequestStatus)
    : fail('INVALID_STATUS', { status: text, statuses: requestStatuses });
};

/** Requests, newest first, optionally of one status. */
export const listRequests = async (
  ctx: DeskContext,
  status?: string,
): Promise<Result<RequestRecord[], DomainError>> => {
  const wanted = status === undefined ? undefined : parseStatus(status);
  if (wanted !== undefined && !wanted.ok) return wanted;
  const { requests } = await ctx.store.read();
  const on = today(ctx.clock);
  return ok(
    requests
      .map((r) => withEffectiveStatus(r, on, ctx.policy.requestExpiryDays))
      .filter((r) => wanted === undefined || r.status === wanted.value)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)),
  );
};
