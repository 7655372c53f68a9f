import type { RequestRecord } from '../approvals/model.ts';
import { catalogFor, fill } from './catalog.ts';

/**
 * The title and description of the support request sent to Microsoft, in the support language the
 * requester chose (falling back to English): customer, reservation and order IDs, quantity, quote.
 */
export const supportRequestText = (
  r: RequestRecord,
  customerTenantId: string,
): { title: string; description: string } => {
  const t = catalogFor(r.contact.language).text;
  const q = r.quote;
  const params = {
    kind: r.kind === 'refund' ? t['support.kindRefund'] : t['support.kindExchange'],
    requestId: r.id,
    customer: r.customerName,
    tenantId: customerTenantId,
    reservationName: r.reservationName,
    reservationId: r.reservationId,
    orderId: r.reservationOrderId,
    quantity: r.quantity,
    currency: q.currency,
    quoteAsOf: r.quoteAsOf,
    reason: r.reason,
    requestedBy: `${r.requestedBy.name} <${r.requestedBy.email}>`,
    approvedBy: r.decidedBy === undefined ? '' : `${r.decidedBy.name} <${r.decidedBy.email}>`,
  };
  const money =
    'refund' in q
      ? fill(t['support.refundLines'], {
          credit: q.credit,
          fee: q.earlyTerminationFee,
          refund: q.refund,
          currency: q.currency,
        })
      : fill(t['support.exchangeLines'], {
          credit: q.credit,
          newTotal: q.newTotal,
          netPayable: q.netPayable,
          currency: q.currency,
          newPurchase:
            r.newPurchase === undefined
              ? ''
              : [
                  r.newPurchase.reservedResourceType,
                  r.newPurchase.sku,
                  r.newPurchase.location,
                  r.newPurchase.term,
                  r.newPurchase.billingPlan,
                  r.newPurchase.quantity,
                ]
                  .filter((x) => x !== undefined)
                  .join(' '),
        });
  // Azure caps a support ticket title at 200 characters.
  const title = fill(t['support.title'], params).slice(0, 200);
  return { title, description: `${fill(t['support.description'], params)}\n${money}` };
};
