import {
  type BillingPlan,
  hasBeenUsed,
  type Reservation,
  type Term,
} from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { type Money, maxMoney, money, oneMinorUnit, toDecimalString } from '../shared/money.ts';
import { roundRatio } from '../shared/ratio.ts';
import { ok, type Result } from '../shared/result.ts';
import type { CalendarDate } from '../shared/time.ts';
import { figuresOf } from './figures.ts';
import type { PolicyProfile } from './policy.ts';
import { checkQuantity } from './refund-quote.ts';
import { timelineOf } from './timeline.ts';

/** The reservation bought in exchange. Only the family and the total are needed for a quote. */
export interface NewPurchase {
  readonly reservedResourceType: string;
  /** Lifetime total of the new reservation, in the returned reservation's billing currency. */
  readonly total: Money;
  readonly sku?: string;
  readonly location?: string;
  readonly term?: Term;
  readonly quantity?: number;
  readonly billingPlan?: BillingPlan;
}

/** What an exchange of a reservation gives and asks, before the new purchase is chosen. */
export interface ExchangeBasis {
  readonly reservationId: string;
  readonly quantity: number;
  readonly asOf: CalendarDate;
  readonly currency: string;
  /** The refund credit of the returned part, with no fee and no cap. */
  readonly credit: Money;
  readonly remainingCommitment: Money;
  readonly minimumNewTotal: Money;
}

/** The exchange quote: the basis, and the chosen new purchase with what is left to pay. */
export interface ExchangeQuote extends ExchangeBasis {
  readonly customerId: string;
  readonly newPurchase: NewPurchase;
  readonly netPayable: Money;
}

export interface ExchangeQuoteInput {
  readonly reservation: Reservation;
  readonly quantity?: number | string;
  readonly asOf: CalendarDate;
  readonly policy: PolicyProfile;
  readonly newPurchase: NewPurchase;
}

/** The returned part's exchange credit (no fee, no cap) and the minimum lifetime total of the new purchase. */
export const exchangeBasis = (
  input: Omit<ExchangeQuoteInput, 'newPurchase'>,
): Result<ExchangeBasis, DomainError> => {
  const { reservation: r, asOf } = input;
  const q = checkQuantity(r, input.quantity ?? r.quantity);
  if (!q.ok) return q;
  const t = timelineOf(r, asOf);
  if (!t.ok) return t;
  const currency = r.price.currency;
  const f = figuresOf({
    total: r.price.minor,
    quantity: q.value,
    reservationQuantity: r.quantity,
    plan: r.billingPlan,
    timeline: t.value,
    full: t.value.daysHeld <= input.policy.graceDays && !hasBeenUsed(r),
  });
  const credit = money(roundRatio(f.credit), currency);
  const remainingCommitment = money(roundRatio(f.remainingCommitment), currency);
  return ok({
    reservationId: r.id,
    quantity: q.value,
    asOf,
    currency,
    credit,
    remainingCommitment,
    minimumNewTotal: maxMoney(remainingCommitment, credit, oneMinorUnit(currency)),
  });
};

/**
 * The exchange quote of refund-policy.md: the returned part's credit, and the new purchase checked
 * against the product family and the minimum new total. Exchanges never touch the refund cap.
 */
export const quoteExchange = (input: ExchangeQuoteInput): Result<ExchangeQuote, DomainError> => {
  const { reservation: r, newPurchase } = input;
  const basis = exchangeBasis(input);
  if (!basis.ok) return basis;
  const { credit, minimumNewTotal, currency } = basis.value;
  if (newPurchase.reservedResourceType.toLowerCase() !== r.reservedResourceType.toLowerCase()) {
    return fail('EXCHANGE_PRODUCT_FAMILY_MISMATCH', {
      reservation: r.displayName,
      family: r.reservedResourceType,
      newFamily: newPurchase.reservedResourceType,
    });
  }
  if (newPurchase.total.currency !== currency) {
    return fail('CURRENCY_MISMATCH', { expected: currency, actual: newPurchase.total.currency });
  }
  if (newPurchase.total.minor < minimumNewTotal.minor) {
    return fail('EXCHANGE_BELOW_REMAINING_COMMITMENT', {
      newTotal: toDecimalString(newPurchase.total),
      minimumNewTotal: toDecimalString(minimumNewTotal),
      currency,
    });
  }
  const net = newPurchase.total.minor - credit.minor;
  return ok({
    ...basis.value,
    customerId: r.customerId,
    newPurchase,
    netPayable: money(net > 0n ? net : 0n, currency),
  });
};
