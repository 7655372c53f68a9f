import type { ProviderRefundCalculation } from '../ports.ts';
import type { RefundQuote } from '../quotes/refund-quote.ts';
import { fail } from '../shared/errors.ts';
import { toDecimalString } from '../shared/money.ts';

/**
 * CAP_EXCEEDED with everything the person needs: what is left, what fits now, when it frees. When
 * Azure refused the refund for its limit, its own figures for what is left are the ones given.
 */
export const capExceeded = (
  quote: RefundQuote,
  customer: string,
  capWindowDays: number,
  provider?: ProviderRefundCalculation,
) => {
  const limit = provider?.maxRefundLimit;
  const consumed = provider?.consumedRefundsTotal;
  const azureRemaining =
    limit !== undefined && consumed !== undefined && limit.currency === consumed.currency
      ? { ...limit, minor: limit.minor > consumed.minor ? limit.minor - consumed.minor : 0n }
      : undefined;
  return fail('CAP_EXCEEDED', {
    customer,
    capCounted: toDecimalString(quote.cap.counted),
    capRemaining: toDecimalString(azureRemaining ?? quote.cap.remaining),
    capLimit: toDecimalString(limit ?? quote.cap.limit),
    capWindowDays,
    maxQuantityWithinCap: quote.cap.maxQuantityWithinCap ?? 0,
    capAvailableOn: quote.cap.availableOn ?? null,
  });
};
