import { toDecimalString } from '../shared/money.ts';
import type { CalendarDate } from '../shared/time.ts';
import type { ExchangeQuote } from './exchange-quote.ts';
import type { RefundQuote } from './refund-quote.ts';

/** The refund quote as `interfaces.md` publishes it (CLI `--json`, stored requests). */
export interface RefundQuoteJson {
  reservationId: string;
  quantity: number;
  currency: string;
  daysSincePurchase: number;
  remainingDays: number;
  termDays: number;
  hasUsage: boolean;
  creditBasis: 'full' | 'prorated';
  credit: string;
  earlyTerminationFee: string;
  refund: string;
  capLimit: string;
  capCounted: string;
  capUsed: string;
  capRemaining: string;
  exceedsCap: boolean;
  maxQuantityWithinCap?: number;
  capAvailableOn?: CalendarDate | null;
}

export interface ExchangeQuoteJson {
  reservationId: string;
  quantity: number;
  currency: string;
  credit: string;
  remainingCommitment: string;
  minimumNewTotal: string;
  newTotal: string;
  netPayable: string;
}

export const refundQuoteJson = (q: RefundQuote): RefundQuoteJson => ({
  reservationId: q.reservationId,
  quantity: q.quantity,
  currency: q.currency,
  daysSincePurchase: q.timeline.daysHeld,
  remainingDays: q.timeline.remainingDays,
  termDays: q.timeline.termDays,
  hasUsage: q.hasUsage,
  creditBasis: q.creditBasis,
  credit: toDecimalString(q.credit),
  earlyTerminationFee: toDecimalString(q.earlyTerminationFee),
  refund: toDecimalString(q.refund),
  capLimit: toDecimalString(q.cap.limit),
  capCounted: toDecimalString(q.cap.counted),
  capUsed: toDecimalString(q.cap.used),
  capRemaining: toDecimalString(q.cap.remaining),
  exceedsCap: q.cap.exceeds,
  ...(q.cap.exceeds
    ? {
        maxQuantityWithinCap: q.cap.maxQuantityWithinCap ?? 0,
        capAvailableOn: q.cap.availableOn ?? null,
      }
    : {}),
});

export const exchangeQuoteJson = (q: ExchangeQuote): ExchangeQuoteJson => ({
  reservationId: q.reservationId,
  quantity: q.quantity,
  currency: q.currency,
  credit: toDecimalString(q.credit),
  remainingCommitment: toDecimalString(q.remainingCommitment),
  minimumNewTotal: toDecimalString(q.minimumNewTotal),
  newTotal: toDecimalString(q.newPurchase.total),
  netPayable: toDecimalString(q.netPayable),
});
