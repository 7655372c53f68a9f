import type { CalculateRefundRequest, CalculateRefundResponse } from '@azure/arm-reservations';
import type { ProviderRefundCalculation } from '../../src/ports.ts';
import type { Reservation } from '../../src/reservations/model.ts';
import { zero } from '../../src/shared/money.ts';
import { orderArmId, reservationArmId } from './mapping.ts';
import { moneyOfPrice } from './mapping-money.ts';

/** The `CalculateRefund_Post` body for returning `quantity` of one reservation. */
export const refundRequestOf = (r: Reservation, quantity: number): CalculateRefundRequest => ({
  id: orderArmId(r.orderId),
  properties: {
    scope: 'Reservation',
    reservationToReturn: { reservationId: reservationArmId(r.orderId, r.id), quantity },
  },
});

/**
 * Azure's answer as a `ProviderRefundCalculation`, amounts exact in minor units. Azure may leave
 * the amounts out when a policy error stops the refund; the billing refund is then zero in the
 * reservation's currency and the optional amounts stay absent, so the policy errors still reach
 * the desk.
 */
export const refundCalculationOf = (
  response: CalculateRefundResponse,
  reservation: Reservation,
): ProviderRefundCalculation => {
  const p = response.properties ?? {};
  const policy = p.policyResult?.properties ?? {};
  const pricingRefund = moneyOfPrice(p.pricingRefundAmount);
  const consumedRefundsTotal = moneyOfPrice(policy.consumedRefundsTotal);
  const maxRefundLimit = moneyOfPrice(policy.maxRefundLimit);
  return {
    billingRefund: moneyOfPrice(p.billingRefundAmount) ?? zero(reservation.price.currency),
    ...(pricingRefund === undefined ? {} : { pricingRefund }),
    ...(consumedRefundsTotal === undefined ? {} : { consumedRefundsTotal }),
    ...(maxRefundLimit === undefined ? {} : { maxRefundLimit }),
    policyErrors: (policy.policyErrors ?? []).map((e) => ({
      code: e.code ?? 'Unknown',
      message: e.message ?? '',
    })),
  };
};
