import type { Channel, RequestRecord } from '../approvals/model.ts';
import { requirePermission } from '../approvals/roles.ts';
import type { StoreState } from '../approvals/store-schema.ts';
import { isDecided } from '../approvals/transitions.ts';
import type { Agent } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import { today } from '../shared/time.ts';
import type { DeskContext } from './deps.ts';
import { sweepStale } from './expiry.ts';
import { fileSupportRequest } from './file.ts';
import { findById, replaceRequest } from './records.ts';
import { requote } from './requote.ts';
import { agentRef } from './submit.ts';

export interface Decision {
  readonly requestId: string;
  readonly channel: Channel;
}

const findRequest = (state: StoreState, id: string): Result<RequestRecord, DomainError> => {
  const found = findById(state.requests, id);
  return found === undefined ? fail('REQUEST_NOT_FOUND', { requestId: id }) : ok(found);
};

/** "Already approved by Ana Silva": a second decision changes nothing and says who decided. */
const alreadyDecided = (r: RequestRecord) =>
  r.status === 'expired'
    ? fail('REQUEST_EXPIRED', { requestId: r.id, expiredOn: r.updatedAt.slice(0, 10) })
    : fail('ALREADY_DECIDED', {
        requestId: r.id,
        status: r.status,
        decidedBy: r.decidedBy?.name ?? null,
      });

const refusal = async (
  ctx: DeskContext,
  actor: Agent,
  d: Decision,
  error: DomainError,
): Promise<Result<never, DomainError>> => {
  await ctx.store.update((state) => {
    state.audit.push({
      at: ctx.clock.now(),
      action: 'refused',
      actor: agentRef(actor),
      channel: d.channel,
      requestId: d.requestId,
      note: `${error.code}: ${error.message}`,
    });
  });
  return { ok: false, error };
};

/**
 * Locks the request's customer, expires stale requests, and checks that `actor` may decide the
 * request now. Hands the pending request to `decide`, which runs inside the lock.
 */
const decidePending = async <T>(
  ctx: DeskContext,
  actor: Agent,
  d: Decision,
  decide: (request: RequestRecord) => Promise<Result<T, DomainError>>,
): Promise<Result<T, DomainError>> => {
  const allowed = requirePermission(actor, 'approve');
  if (!allowed.ok) return refusal(ctx, actor, d, allowed.error);
  const first = findRequest(await ctx.store.read(), d.requestId);
  if (!first.ok) return first;
  return ctx.customerLock.run(first.value.customerId, async () => {
    await sweepStale(ctx);
    const current = findRequest(await ctx.store.read(), d.requestId);
    if (!current.ok) return current;
    if (isDecided(current.value.status)) return alreadyDecided(current.value);
    return decide(current.value);
  });
};

export interface Approval {
  readonly request: RequestRecord;
}

/**
 * Approves a pending request exactly once: someone other than the requester, with an approver role,
 * under the customer's lock; the quote is recomputed as of today and the cap checked again. Then the
 * support request is filed (outside the lock); a filing failure leaves the request `failed`.
 */
export const approve = async (
  ctx: DeskContext,
  actor: Agent,
  d: Decision,
): Promise<Result<Approval, DomainError>> => {
  const approved = await decidePending(ctx, actor, d, async (request) => {
    if (request.requestedBy.email.toLowerCase() === actor.email.toLowerCase()) {
      return refusal(ctx, actor, d, fail('SELF_APPROVAL', { requestId: request.id }).error);
    }
    const fresh = await requote(ctx, request);
    if (!fresh.ok) return fresh;
    const now = ctx.clock.now();
    const next: RequestRecord = {
      ...request,
      status: 'approved',
      quote: fresh.value,
      quoteAsOf: today(ctx.clock),
      approvedOn: today(ctx.clock),
      decidedBy: agentRef(actor),
      decidedAt: now,
      updatedAt: now,
    };
    const saved = await ctx.store.update((state) =>
      replaceRequest(state, next, {
        at: now,
        action: 'approved',
        actor: agentRef(actor),
        channel: d.channel,
        requestId: request.id,
        reservationId: request.reservationId,
        from: request.status,
        to: 'approved',
        quote: fresh.value,
      }),
    );
    return ok(saved);
  });
  if (!approved.ok) return approved;
  return ok({ request: await fileSupportRequest(ctx, approved.value, d.channel, actor) });
};

/** Rejects a pending request exactly once, with the reason in the audit trail. */
export const reject = async (
  ctx: DeskContext,
  actor: Agent,
  d: Decision & { readonly reason: string },
): Promise<Result<RequestRecord, DomainError>> => {
  const reason = d.reason.trim();
  if (reason === '') return fail('REASON_REQUIRED', { field: 'rejectReason' });
  return decidePending(ctx, actor, d, async (request) => {
    const now = ctx.clock.now();
    const next: RequestRecord = {
      ...request,
      status: 'rejected',
      decidedBy: agentRef(actor),
      decidedAt: now,
      decisionNote: reason,
      updatedAt: now,
    };
    return ok(
      await ctx.store.update((state) =>
        replaceRequest(state, next, {
          at: now,
          action: 'rejected',
          actor: agentRef(actor),
          channel: d.channel,
          requestId: request.id,
          reservationId: request.reservationId,
          from: request.status,
          to: 'rejected',
          note: reason,
        }),
      ),
    );
  });
};

/** Files the support request again for a `failed` request (the provider finds an earlier ticket). */
export const retry = async (
  ctx: DeskContext,
  actor: Agent,
  d: Decision,
): Promise<Result<RequestRecord, DomainError>> => {
  const allowed = requirePermission(actor, 'approve');
  if (!allowed.ok) return refusal(ctx, actor, d, allowed.error);
  const found = findRequest(await ctx.store.read(), d.requestId);
  if (!found.ok) return found;
  return ctx.customerLock.run(found.value.customerId, async () => {
    const current = findRequest(await ctx.store.read(), d.requestId);
    if (!current.ok) return current;
    if (current.value.status !== 'failed') {
      return fail('INVALID_TRANSITION', {
        requestId: current.value.id,
        status: current.value.status,
        attempted: 'retry',
      });
    }
    return ok(await fileSupportRequest(ctx, current.value, d.channel, actor));
  });
};
