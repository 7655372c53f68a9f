import type { ProviderRefundCalculation } from '../ports.ts';
import { ProviderFailure } from '../ports.ts';
import { quoteRefund, type RefundQuote } from '../quotes/refund-quote.ts';
import type { DomainError } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import { today } from '../shared/time.ts';
import type { DeskContext } from './deps.ts';
import { ledgerFor, type QuoteOptions, type ReservationView, showReservation } from './queries.ts';

export interface QuotedRefund {
  readonly view: ReservationView;
  readonly quote: RefundQuote;
  /** Azure's own calculation, where the provider has one (shown beside the bot's quote). */
  readonly provider?: ProviderRefundCalculation;
  /** Why the provider's calculation is missing, when it failed (the bot's quote still stands). */
  readonly providerError?: DomainError;
}

/**
 * The bot's refund quote (the policy's, shown first) and, where the provider can, Azure's own
 * calculateRefund beside it. Azure failing to calculate does not stop the quote.
 */
export const quoteRefundFor = async (
  ctx: DeskContext,
  o: QuoteOptions,
): Promise<Result<QuotedRefund, DomainError>> => {
  const shown = await showReservation(ctx, o.reservation);
  if (!shown.ok) return shown;
  const r = shown.value.reservation;
  const q = quoteRefund({
    reservation: r,
    asOf: o.asOf ?? today(ctx.clock),
    policy: ctx.policy,
    capEntries: await ledgerFor(ctx, r.customerId),
    ...(o.quantity === undefined ? {} : { quantity: o.quantity }),
  });
  if (!q.ok) return q;
  const calculate = ctx.provider.calculateRefund?.bind(ctx.provider);
  if (calculate === undefined || o.asOf !== undefined)
    return ok({ view: shown.value, quote: q.value });
  try {
    return ok({
      view: shown.value,
      quote: q.value,
      provider: await calculate(r, q.value.quantity),
    });
  } catch (error) {
    if (!(error instanceof ProviderFailure)) throw error;
    return ok({
      view: shown.value,
      quote: q.value,
      providerError: { code: error.code, message: error.message, details: error.details },
    });
  }
};

/** Azure's refund-limit refusal: the policy's words for it are the cap message. */
export const providerRefusesCap = (p: ProviderRefundCalculation | undefined): boolean =>
  p?.policyErrors.some((e) => e.code === 'RefundLimitExceeded') ?? false;
