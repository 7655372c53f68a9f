import type { PaymentDetail, ReservationOrderResponse } from '@azure/arm-reservations';
import { type Money, money, roundHalfUp } from '../../src/shared/money.ts';
import { moneyOfPrice } from './mapping-money.ts';

/** A reservation's lifetime commitment: `price` in the billing currency, `pricingPrice` in USD. */
export interface Commitment {
  readonly price: Money;
  readonly pricingPrice: Money;
}

/** Payments that did not happen; a failed charge is followed by the retried one. */
const notCharged = new Set(['failed', 'cancelled']);

/**
 * The billing-to-pricing exchange rate Azure applied, as the exact ratio of the summed billing and
 * pricing amounts (in minor units) of the payments that carry both. Scheduled payments have no
 * billing amount yet and failed ones were charged again, so neither counts. Undefined when billing
 * is in the pricing currency or no payment says otherwise.
 */
const billingRate = (
  transactions: readonly PaymentDetail[],
  pricingCurrency: string,
): { currency: string; billing: bigint; pricing: bigint } | undefined => {
  const charged = transactions.flatMap((t) => {
    if (notCharged.has((t.status ?? '').toLowerCase())) return [];
    const billing = moneyOfPrice(t.billingCurrencyTotal);
    const pricing = moneyOfPrice(t.pricingCurrencyTotal);
    return billing === undefined || pricing === undefined || pricing.minor === 0n
      ? []
      : [{ billing, pricing }];
  });
  const currency = charged[0]?.billing.currency;
  if (currency === undefined || currency === pricingCurrency) return undefined;
  const same = charged.filter((c) => c.billing.currency === currency);
  const sum = (pick: (c: (typeof same)[number]) => Money) =>
    same.reduce((total, c) => total + pick(c).minor, 0n);
  return { currency, billing: sum((c) => c.billing), pricing: sum((c) => c.pricing) };
};

/**
 * One reservation's share of its order's lifetime commitment (`$expand=schedule`).
 *
 * - USD (`pricingPrice`): `planInformation.pricingCurrencyTotal` — "amount of money to be paid for
 *   the order, tax not included", the whole term for Upfront and Monthly alike — times the
 *   reservation's quantity over the order's `originalQuantity` (an order split into several
 *   reservations, or partly returned, keeps its original total).
 * - Billing currency (`price`): the same share converted at the rate of the order's charged
 *   payments (`transactions[].billingCurrencyTotal / pricingCurrencyTotal`); the order itself has
 *   no billing-currency total, and summing payments would miss the scheduled (future) ones. Without
 *   such payments the billing currency is taken to be the pricing currency.
 *
 * Each amount is rounded half up once. Throws when the order has no plan information.
 */
export const commitmentOf = (order: ReservationOrderResponse, quantity: number): Commitment => {
  const plan = order.planInformation;
  const total = moneyOfPrice(plan?.pricingCurrencyTotal);
  if (total === undefined) {
    throw new Error(
      `reservation order ${order.name ?? order.id ?? '?'} has no planInformation.pricingCurrencyTotal`,
    );
  }
  const share = BigInt(quantity);
  const originalQuantity = order.originalQuantity ?? 0;
  const original = BigInt(originalQuantity > 0 ? originalQuantity : quantity);
  const pricingPrice = money(roundHalfUp(total.minor * share, original), total.currency);
  const rate = billingRate(plan?.transactions ?? [], total.currency);
  const price =
    rate === undefined
      ? pricingPrice
      : money(
          roundHalfUp(total.minor * rate.billing * share, rate.pricing * original),
          rate.currency,
        );
  return { price, pricingPrice };
};
