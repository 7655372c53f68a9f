import type { Channel, RequestRecord, RequestStatus, Settlement } from '../approvals/model.ts';
import { requirePermission } from '../approvals/roles.ts';
import { checkTransition } from '../approvals/transitions.ts';
import type { Agent } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { parseMoney, toDecimalString } from '../shared/money.ts';
import { ok, type Result } from '../shared/result.ts';
import type { DeskContext } from './deps.ts';
import { findById, replaceRequest } from './records.ts';
import { agentRef } from './submit.ts';

export interface SettlementInput {
  readonly requestId: string;
  readonly channel: Channel;
  /** A decimal in the quote's currency; the quoted refund (or exchange credit) when omitted. */
  readonly amount?: string;
  /** The credit note, invoice or transaction that proves the money moved. */
  readonly reference: string;
}

const step = {
  microsoft: {
    from: 'filed',
    to: 'refunded_by_microsoft',
    field: 'microsoftRefund',
    attempted: 'record-microsoft-refund',
  },
  customer: {
    from: 'refunded_by_microsoft',
    to: 'credited_to_customer',
    field: 'customerCredit',
    attempted: 'record-customer-credit',
  },
} as const;

const record = async (
  ctx: DeskContext,
  actor: Agent,
  input: SettlementInput,
  which: keyof typeof step,
): Promise<Result<RequestRecord, DomainError>> => {
  const s = step[which];
  const allowed = requirePermission(actor, 'record-settlement');
  if (!allowed.ok) return allowed;
  const reference = input.reference.trim();
  if (reference === '') return fail('REASON_REQUIRED', { field: 'reference' });
  return ctx.store.update((state): Result<RequestRecord, DomainError> => {
    const request = findById(state.requests, input.requestId);
    if (request === undefined) return fail('REQUEST_NOT_FOUND', { requestId: input.requestId });
    const allowedNow = checkTransition(request, s.to as RequestStatus, s.attempted);
    if (!allowedNow.ok) return allowedNow;
    const quoted = 'refund' in request.quote ? request.quote.refund : request.quote.credit;
    const amount = parseMoney(input.amount ?? quoted, request.quote.currency);
    if (!amount.ok) return amount;
    if (amount.value.minor < 0n)
      return fail('INVALID_AMOUNT', {
        amount: input.amount ?? '',
        currency: request.quote.currency,
      });
    const now = ctx.clock.now();
    const settlement: Settlement = {
      amount: toDecimalString(amount.value),
      currency: amount.value.currency,
      reference,
      recordedBy: agentRef(actor),
      recordedAt: now,
    };
    const next: RequestRecord = { ...request, status: s.to, [s.field]: settlement, updatedAt: now };
    const differs = settlement.amount !== quoted ? ` (quoted ${quoted})` : '';
    return ok(
      replaceRequest(state, next, {
        at: now,
        action: s.to,
        actor: agentRef(actor),
        channel: input.channel,
        requestId: request.id,
        reservationId: request.reservationId,
        from: request.status,
        to: s.to,
        note: `${settlement.amount} ${settlement.currency}${differs}, reference ${reference}`,
      }),
    );
  });
};

/** Microsoft refunded the partner: `filed → refunded_by_microsoft`. */
export const recordMicrosoftRefund = (ctx: DeskContext, actor: Agent, input: SettlementInput) =>
  record(ctx, actor, input, 'microsoft');

/** The partner credited its customer: `refunded_by_microsoft → credited_to_customer`, closing the audit chain. */
export const recordCustomerCredit = (ctx: DeskContext, actor: Agent, input: SettlementInput) =>
  record(ctx, actor, input, 'customer');
