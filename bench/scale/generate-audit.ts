import type { z } from 'zod';
import type { storeStateSchema } from '../../src/approvals/store-schema.ts';

type StoreInput = z.input<typeof storeStateSchema>;
export type RawRequest = StoreInput['requests'][number];
type RawAudit = StoreInput['audit'][number];

/** The request's audit trail as the desk writes it: submitted, decided, then each later step. */
export const trail = (r: RawRequest): RawAudit[] => {
  const base = { channel: r.requestedVia, requestId: r.id, reservationId: r.reservationId };
  const by = r.decidedBy ?? null;
  const lines: RawAudit[] = [
    {
      ...base,
      at: r.createdAt,
      action: 'submitted',
      actor: r.requestedBy,
      to: 'pending_approval',
      quote: r.quote,
      note: r.reason,
    },
  ];
  const decidedAt = r.decidedAt ?? r.updatedAt;
  if (r.status === 'rejected')
    return [
      ...lines,
      {
        ...base,
        at: decidedAt,
        action: 'rejected',
        actor: by,
        from: 'pending_approval',
        to: 'rejected',
        note: r.decisionNote ?? '',
      },
    ];
  if (r.status === 'expired')
    return [
      ...lines,
      {
        ...base,
        at: r.updatedAt,
        action: 'expired',
        actor: null,
        channel: 'system',
        from: 'pending_approval',
        to: 'expired',
        note: 'no decision in time',
      },
    ];
  lines.push({
    ...base,
    at: decidedAt,
    action: 'approved',
    actor: by,
    from: 'pending_approval',
    to: 'approved',
    quote: r.quote,
  });
  if (r.status === 'failed')
    return [
      ...lines,
      {
        ...base,
        at: decidedAt,
        action: 'failed',
        actor: by,
        from: 'approved',
        to: 'failed',
        note: r.failureReason ?? '',
      },
    ];
  lines.push({
    ...base,
    at: decidedAt,
    action: 'filed',
    actor: by,
    from: 'approved',
    to: 'filed',
    note: `support request ${r.supportRequestId}`,
  });
  if (r.microsoftRefund !== undefined)
    lines.push({
      ...base,
      at: r.microsoftRefund.recordedAt,
      action: 'refunded_by_microsoft',
      actor: r.microsoftRefund.recordedBy,
      from: 'filed',
      to: 'refunded_by_microsoft',
    });
  if (r.customerCredit !== undefined)
    lines.push({
      ...base,
      at: r.customerCredit.recordedAt,
      action: 'credited_to_customer',
      actor: r.customerCredit.recordedBy,
      from: 'refunded_by_microsoft',
      to: 'credited_to_customer',
    });
  return lines;
};
