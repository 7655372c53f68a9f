import type { RequestRecord } from '../../approvals/model.ts';
import type { TextKey } from '../../messages/catalog.ts';
import {
  type Action,
  actions,
  type Block,
  type Field,
  field,
  fields,
  header,
  para,
  type Reply,
  reply,
} from '../reply.ts';
import { portalUrl, showDate, showDecimal, type Translate } from './format.ts';

/** The decision buttons: Approve / Reject while pending, Retry after a failed filing. */
const decisionActions = (r: RequestRecord, t: Translate): Action[] => {
  switch (r.status) {
    case 'pending_approval':
      return [
        { kind: 'approve', label: t('action.approve'), value: r.id, style: 'primary' },
        { kind: 'reject', label: t('action.reject'), value: r.id, style: 'danger' },
      ];
    case 'failed':
      return [{ kind: 'retry', label: t('action.retry'), value: r.id, style: 'primary' }];
    default:
      return [];
  }
};

/** The follow-up buttons once filed: the next settlement step, and the reservation in the portal. */
export const followUpActions = (r: RequestRecord, t: Translate, tenantDomain: string): Action[] => {
  const next = settlementActions(r, t);
  if (r.supportRequestId !== undefined && tenantDomain !== '') {
    next.push({
      kind: 'open-portal',
      label: t('action.portal'),
      value: r.reservationId,
      url: portalUrl(r.reservationOrderId, r.reservationId, tenantDomain),
    });
  }
  return next;
};

const settlementActions = (r: RequestRecord, t: Translate): Action[] => {
  switch (r.status) {
    case 'filed':
      return [
        { kind: 'record-microsoft-refund', label: t('action.microsoftRefunded'), value: r.id },
      ];
    case 'refunded_by_microsoft':
      return [{ kind: 'record-customer-credit', label: t('action.customerCredited'), value: r.id }];
    default:
      return [];
  }
};

const moneyLines = (r: RequestRecord, t: Translate, locale: string) => {
  const q = r.quote;
  const m = (amount: string) => showDecimal(amount, q.currency, locale);
  if ('refund' in q) {
    return [
      field(t('label.credit'), m(q.credit)),
      field(t('label.feePlain'), m(q.earlyTerminationFee)),
      field(t('label.refund'), m(q.refund)),
    ];
  }
  return [
    field(t('label.exchangeCredit'), m(q.credit)),
    field(t('label.newTotal'), m(q.newTotal)),
    field(t('label.netPayable'), m(q.netPayable)),
  ];
};

/** The money that moved after filing: Microsoft's refund and the customer's credit, with references. */
export const settlementFields = (r: RequestRecord, t: Translate, locale: string): Field[] => [
  ...(r.microsoftRefund === undefined
    ? []
    : [
        field(
          t('label.microsoftRefund'),
          `${showDecimal(r.microsoftRefund.amount, r.microsoftRefund.currency, locale)} · ${r.microsoftRefund.reference}`,
        ),
      ]),
  ...(r.customerCredit === undefined
    ? []
    : [
        field(
          t('label.customerCredit'),
          `${showDecimal(r.customerCredit.amount, r.customerCredit.currency, locale)} · ${r.customerCredit.reference}`,
        ),
      ]),
];

export const headline: Readonly<Record<RequestRecord['status'], TextKey>> = {
  pending_approval: 'card.pending',
  approved: 'card.approved',
  filed: 'card.filed',
  refunded_by_microsoft: 'card.refunded',
  credited_to_customer: 'card.credited',
  rejected: 'card.rejected',
  expired: 'card.expired',
  failed: 'card.failed',
};

/**
 * The approval card: the request with its quote lines and, by status, Approve / Reject, Retry, or
 * the settlement steps. After a decision it says who decided, and once filed it carries the support
 * request ID, the reservation and order IDs and the Azure portal link.
 */
export interface CardOptions {
  /** Chat channels show only the decision buttons on the card; the rest goes in its thread. */
  readonly followUpsInThread?: boolean;
}

export const requestCard = (
  r: RequestRecord,
  t: Translate,
  locale: string,
  tenantDomain = '',
  o: CardOptions = {},
): Reply => {
  const kind = r.kind === 'refund' ? t('kind.refund') : t('kind.exchange');
  const blocks: Block[] = [
    header(t('request.title', { id: r.id, kind })),
    para(
      t(headline[r.status], {
        by: r.decidedBy?.name ?? '',
        ticket: r.supportRequestId ?? '',
        reason: r.decisionNote ?? r.failureReason ?? '',
      }),
      r.status === 'failed' || r.status === 'rejected'
        ? 'warning'
        : r.status === 'pending_approval'
          ? 'plain'
          : 'success',
    ),
    fields(
      field(t('label.customer'), r.customerName),
      field(t('label.reservation'), r.reservationName),
      field(t('label.quantity'), String(r.quantity)),
      ...moneyLines(r, t, locale),
      field(t('label.asOf'), showDate(r.quoteAsOf, locale)),
      field(t('label.requestedBy'), r.requestedBy.name),
      field(t('label.reason'), r.reason),
      ...(r.newPurchase === undefined
        ? []
        : [
            field(
              t('label.newPurchase'),
              [
                r.newPurchase.reservedResourceType,
                r.newPurchase.sku,
                r.newPurchase.location,
                r.newPurchase.term,
                r.newPurchase.billingPlan,
              ]
                .filter(Boolean)
                .join(' · '),
            ),
          ]),
      ...(r.supportRequestId === undefined
        ? []
        : [field(t('label.supportRequest'), r.supportRequestId)]),
      field(t('label.reservationId'), r.reservationId),
      field(t('label.orderId'), r.reservationOrderId),
      ...settlementFields(r, t, locale),
    ),
  ];
  const next = [
    ...decisionActions(r, t),
    ...(o.followUpsInThread ? [] : followUpActions(r, t, tenantDomain)),
  ];
  if (next.length > 0) blocks.push(actions(...next));
  return reply(...blocks);
};
