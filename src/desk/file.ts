import type { Channel, RequestRecord } from '../approvals/model.ts';
import { errorText } from '../messages/catalog.ts';
import { supportRequestText } from '../messages/support-request.ts';
import { ProviderFailure } from '../ports.ts';
import type { Agent } from '../reservations/model.ts';
import type { DeskContext } from './deps.ts';
import { replaceRequest } from './records.ts';
import { agentRef } from './submit.ts';

/**
 * Creates the support request for an approved (or failed, on retry) request and records the
 * outcome: `filed` with the ticket number, or `failed` with the reason. The request ID is the
 * idempotency key, so a retry after a crash finds the ticket instead of filing a second one.
 */
export const fileSupportRequest = async (
  ctx: DeskContext,
  request: RequestRecord,
  channel: Channel,
  actor: Agent,
): Promise<RequestRecord> => {
  const by = agentRef(actor);
  const base = {
    actor: by,
    channel,
    requestId: request.id,
    reservationId: request.reservationId,
    from: request.status,
  };
  try {
    // Inside the try: a provider failure here leaves the request failed and retryable, like any other.
    const [customers, reservations] = await Promise.all([
      ctx.provider.listCustomers(),
      ctx.provider.listReservations(request.customerId),
    ]);
    const tenantId =
      customers.find((c) => c.id === request.customerId)?.tenantId ?? request.customerId;
    // Azure files billing tickets in a customer subscription: the one the reservation is billed to,
    // else the one its scope names.
    const reservation = reservations.find((r) => r.id === request.reservationId);
    const subscriptionId =
      reservation?.billingSubscriptionId ??
      /\/subscriptions\/([^/]+)/i.exec(reservation?.scope.target ?? '')?.[1];
    const { title, description } = supportRequestText(request, tenantId);
    const ticket = await ctx.support.createSupportRequest({
      requestId: request.id,
      title,
      description,
      contact: request.contact,
      customerTenantId: tenantId,
      ...(subscriptionId === undefined ? {} : { subscriptionId }),
      request,
    });
    const now = ctx.clock.now();
    const next: RequestRecord = {
      ...request,
      status: 'filed',
      supportRequestId: ticket.supportTicketId,
      updatedAt: now,
    };
    delete (next as { failureReason?: string }).failureReason;
    return await ctx.store.update((state) =>
      replaceRequest(state, next, {
        ...base,
        at: now,
        action: request.status === 'failed' ? 'retried' : 'filed',
        to: 'filed',
        note: `support request ${ticket.supportTicketId}`,
      }),
    );
  } catch (cause) {
    const reason =
      cause instanceof ProviderFailure
        ? errorText(cause.code, cause.details)
        : cause instanceof Error
          ? cause.message
          : String(cause);
    const now = ctx.clock.now();
    const next: RequestRecord = {
      ...request,
      status: 'failed',
      failureReason: reason,
      updatedAt: now,
    };
    return ctx.store.update((state) =>
      replaceRequest(state, next, {
        ...base,
        at: now,
        action: 'failed',
        to: 'failed',
        note: reason,
      }),
    );
  }
};
