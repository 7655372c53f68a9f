import type { RequestRecord } from '../approvals/model.ts';
import {
  type ExchangeQuoteJson,
  exchangeQuoteJson,
  type RefundQuoteJson,
  refundQuoteJson,
} from '../quotes/quote-json.ts';
import type { DomainError } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import type { DeskContext } from './deps.ts';
import { quoteExchangeFor } from './queries.ts';
import { providerRefusesCap, quoteRefundFor } from './refund-quotes.ts';
import { capExceeded } from './refusals.ts';

/**
 * The request's quote recomputed as of today, from the reservation as the provider has it now and
 * the cap ledger as it stands (the caller holds the customer's lock). Never trusts a stored amount.
 */
export const requote = async (
  ctx: DeskContext,
  request: RequestRecord,
): Promise<Result<RefundQuoteJson | ExchangeQuoteJson, DomainError>> => {
  if (request.kind === 'refund') {
    const q = await quoteRefundFor(ctx, {
      // Qualified by the customer: the request names its reservation within that customer.
      reservation: `${request.customerId}/${request.reservationId}`,
      quantity: request.quantity,
    });
    if (!q.ok) return q;
    if (q.value.quote.cap.exceeds || providerRefusesCap(q.value.provider))
      return capExceeded(
        q.value.quote,
        request.customerName,
        ctx.policy.capWindowDays,
        q.value.provider,
      );
    return ok(refundQuoteJson(q.value.quote));
  }
  const np = request.newPurchase;
  const q = await quoteExchangeFor(ctx, {
    // Qualified by the customer: the request names its reservation within that customer.
    reservation: `${request.customerId}/${request.reservationId}`,
    quantity: request.quantity,
    newTotal: np?.total ?? '0',
    ...(np === undefined ? {} : { newType: np.reservedResourceType }),
  });
  return q.ok ? ok(exchangeQuoteJson(q.value.quote)) : q;
};
