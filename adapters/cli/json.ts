import type { RequestRecord } from '../../src/approvals/model.ts';
import type { CapStatus } from '../../src/desk/ledger-and-requests.ts';
import type { CustomerSummary, ReservationView } from '../../src/desk/queries.ts';
import { toDecimalString } from '../../src/shared/money.ts';

/** A reservation as the data file spells it, plus what the bot works out (expiry, term used). */
export const reservationJson = (v: ReservationView) => {
  const r = v.reservation;
  return {
    id: r.id,
    orderId: r.orderId,
    customerId: r.customerId,
    customerName: v.customer.name,
    displayName: r.displayName,
    reservedResourceType: r.reservedResourceType,
    sku: r.sku,
    location: r.location,
    quantity: r.quantity,
    term: r.term,
    billingPlan: r.billingPlan,
    purchaseDate: r.purchaseDate,
    expiryDate: v.expiryDate,
    daysToExpiry: v.daysToExpiry,
    expired: v.expired,
    termUsedPercent: Math.round(v.termUsed * 1000) / 10,
    price: { amount: toDecimalString(r.price), currency: r.price.currency },
    pricingPrice: { amount: toDecimalString(r.pricingPrice), currency: r.pricingPrice.currency },
    appliedScopeType: r.scope.type,
    appliedScope: r.scope.target,
    hasUsage: r.hasUsage ?? null,
    utilization:
      r.utilization === undefined
        ? null
        : {
            '1': r.utilization.day1 ?? null,
            '7': r.utilization.day7 ?? null,
            '30': r.utilization.day30 ?? null,
          },
    utilizationAsOf: r.utilization?.asOf ?? null,
  };
};

export const customersJson = (list: readonly CustomerSummary[]) =>
  list.map((s) => ({ ...s.customer, reservationCount: s.reservationCount }));

export const capJson = (c: CapStatus) => ({
  customerId: c.customer.id,
  customerName: c.customer.name,
  asOf: c.asOf,
  currency: 'USD',
  capLimit: toDecimalString(c.limit),
  capUsed: toDecimalString(c.used),
  capRemaining: toDecimalString(c.remaining),
  windowDays: c.windowInDays,
  entries: c.entries.map((e) => ({
    date: e.date,
    amount: toDecimalString(e.amount),
    source: e.source,
    requestId: e.requestId ?? null,
    freesOn: e.freesOn,
  })),
});

/** `requests --json`: exactly the fields interfaces.md promises. */
export const requestJson = (r: RequestRecord) => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  customerId: r.customerId,
  reservationId: r.reservationId,
  quantity: r.quantity,
  requestedBy: r.requestedBy.email,
  decidedBy: r.decidedBy?.email ?? null,
  supportRequestId: r.supportRequestId ?? null,
  quote: r.quote,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});
