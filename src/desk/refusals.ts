import type { RefundQuote } from '../quotes/refund-quote.ts';
import { fail } from '../shared/errors.ts';
import { toDecimalString } from '../shared/money.ts';

/** CAP_EXCEEDED with everything the person needs: what is left, what fits now, when it frees. */
export const capExceeded = (quote: RefundQuote, customer: string, capWindowDays: number) =>
  fail('CAP_EXCEEDED', {
    customer,
    capCounted: toDecimalString(quote.cap.counted),
    capRemaining: toDecimalString(quote.cap.remaining),
    capLimit: toDecimalString(quote.cap.limit),
    capWindowDays,
    maxQuantityWithinCap: quote.cap.maxQuantityWithinCap ?? 0,
    capAvailableOn: quote.cap.availableOn ?? null,
  });
