import { validateContact } from '../approvals/contact.ts';
import type { AgentRef, Channel, RequestRecord, SupportContact } from '../approvals/model.ts';
import { requirePermission } from '../approvals/roles.ts';
import { exchangeQuoteJson, refundQuoteJson } from '../quotes/quote-json.ts';
import type { Agent } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { toDecimalString } from '../shared/money.ts';
import { ok, type Result } from '../shared/result.ts';
import { today } from '../shared/time.ts';
import type { DeskContext } from './deps.ts';
import { type ExchangeQuoteOptions, quoteExchangeFor, type ReservationView } from './queries.ts';
import { findByKey, hasExactId } from './records.ts';
import { providerRefusesCap, quoteRefundFor } from './refund-quotes.ts';
import { capExceeded } from './refusals.ts';

export interface Submission {
  readonly reservation: string;
  readonly quantity?: number | string;
  readonly reason: string;
  /** The support contact details as the form sent them; validated here. */
  readonly contact: unknown;
  readonly channel: Channel;
  /** A platform key (Slack view ID, Teams invoke ID): the same key never creates two requests. */
  readonly idempotencyKey?: string;
}

export type ExchangeSubmission = Submission &
  Omit<ExchangeQuoteOptions, 'reservation' | 'quantity' | 'asOf'>;

export const agentRef = (a: Agent): AgentRef => ({ name: a.name, email: a.email });

const maxReasonLength = 2000;

const checkCommon = (
  actor: Agent,
  s: Submission,
): Result<{ reason: string; contact: SupportContact }, DomainError> => {
  const allowed = requirePermission(actor, 'request');
  if (!allowed.ok) return allowed;
  const reason = s.reason.trim();
  if (reason === '' || reason.length > maxReasonLength) {
    return fail('REASON_REQUIRED', { field: 'reason', max: maxReasonLength });
  }
  const contact = validateContact(s.contact);
  return contact.ok ? ok({ reason, contact: contact.value }) : contact;
};

const existingFor = async (
  ctx: DeskContext,
  key: string | undefined,
): Promise<RequestRecord | undefined> =>
  key === undefined ? undefined : findByKey((await ctx.store.read()).requests, key);

/** Stores a new pending request and its audit line, unless the same platform key already made one. */
const save = async (
  ctx: DeskContext,
  record: RequestRecord,
  key: string | undefined,
): Promise<RequestRecord> =>
  ctx.store.update((state) => {
    const earlier = key === undefined ? undefined : findByKey(state.requests, key);
    if (earlier !== undefined) return earlier;
    // IDs are random and short enough to type; on the rare collision, draw again.
    let id = record.id;
    while (hasExactId(state.requests, id)) id = ctx.ids.requestId();
    const saved = id === record.id ? record : { ...record, id };
    state.requests.push(saved);
    state.audit.push({
      at: record.createdAt,
      action: 'submitted',
      actor: record.requestedBy,
      channel: record.requestedVia,
      requestId: saved.id,
      reservationId: record.reservationId,
      to: 'pending_approval',
      quote: record.quote,
      note: record.reason,
    });
    return saved;
  });

const baseRecord = (
  ctx: DeskContext,
  actor: Agent,
  s: Submission,
  view: ReservationView,
  common: { reason: string; contact: SupportContact },
) => {
  const now = ctx.clock.now();
  const r = view.reservation;
  return {
    id: ctx.ids.requestId(),
    status: 'pending_approval' as const,
    customerId: r.customerId,
    customerName: view.customer.name,
    reservationId: r.id,
    reservationOrderId: r.orderId,
    reservationName: r.displayName,
    reason: common.reason,
    contact: common.contact,
    quoteAsOf: today(ctx.clock),
    requestedBy: agentRef(actor),
    requestedVia: s.channel,
    createdAt: now,
    updatedAt: now,
    idempotencyKeys: s.idempotencyKey === undefined ? [] : [s.idempotencyKey],
  };
};

/**
 * Submits a refund for approval. The quote is computed here, on the server, as of today; a refund
 * over the customer's remaining cap cannot be submitted (the error says what fits and when).
 */
export const submitRefund = async (
  ctx: DeskContext,
  actor: Agent,
  s: Submission,
): Promise<Result<RequestRecord, DomainError>> => {
  const common = checkCommon(actor, s);
  if (!common.ok) return common;
  const earlier = await existingFor(ctx, s.idempotencyKey);
  if (earlier !== undefined) return ok(earlier);
  const quoted = await quoteRefundFor(ctx, {
    reservation: s.reservation,
    ...(s.quantity === undefined ? {} : { quantity: s.quantity }),
  });
  if (!quoted.ok) return quoted;
  const { view, quote, provider } = quoted.value;
  if (quote.cap.exceeds || providerRefusesCap(provider))
    return capExceeded(quote, view.customer.name, ctx.policy.capWindowDays, provider);
  const record: RequestRecord = {
    ...baseRecord(ctx, actor, s, view, common.value),
    kind: 'refund',
    quantity: quote.quantity,
    quote: refundQuoteJson(quote),
  };
  return ok(await save(ctx, record, s.idempotencyKey));
};

/** Submits an exchange for approval, with the new purchase checked against the policy. */
export const submitExchange = async (
  ctx: DeskContext,
  actor: Agent,
  s: ExchangeSubmission,
): Promise<Result<RequestRecord, DomainError>> => {
  const common = checkCommon(actor, s);
  if (!common.ok) return common;
  const earlier = await existingFor(ctx, s.idempotencyKey);
  if (earlier !== undefined) return ok(earlier);
  const quoted = await quoteExchangeFor(ctx, {
    reservation: s.reservation,
    newTotal: s.newTotal,
    ...(s.quantity === undefined ? {} : { quantity: s.quantity }),
    ...(s.newType === undefined ? {} : { newType: s.newType }),
    ...(s.newPurchase === undefined ? {} : { newPurchase: s.newPurchase }),
  });
  if (!quoted.ok) return quoted;
  const { view, quote } = quoted.value;
  const { total, ...rest } = quote.newPurchase;
  const record: RequestRecord = {
    ...baseRecord(ctx, actor, s, view, common.value),
    kind: 'exchange',
    quantity: quote.quantity,
    newPurchase: { ...rest, total: toDecimalString(total), currency: total.currency },
    quote: exchangeQuoteJson(quote),
  };
  return ok(await save(ctx, record, s.idempotencyKey));
};
