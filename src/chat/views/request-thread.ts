// What follows a request's card: the thread reply once filed, and the audit trail.
import type { AuditEntry, RequestRecord } from '../../approvals/model.ts';
import { actions, field, fields, para, type Reply, reply, table } from '../reply.ts';
import type { Translate } from './format.ts';
import { followUpActions, headline, requestCard, settlementFields } from './request-card.ts';

/**
 * The thread reply once a request is filed (chat channels keep the follow-ups beside the approval
 * message): the support request, the reservation and order IDs, and the next settlement step.
 */
export const followUpReply = (
  r: RequestRecord,
  t: Translate,
  locale: string,
  tenantDomain = '',
): Reply => {
  const next = followUpActions(r, t, tenantDomain);
  return reply(
    para(
      t(headline[r.status], {
        by: r.decidedBy?.name ?? '',
        ticket: r.supportRequestId ?? '',
        reason: r.decisionNote ?? r.failureReason ?? '',
      }),
      'success',
    ),
    fields(
      field(t('label.supportRequest'), r.supportRequestId ?? '—'),
      field(t('label.reservationId'), r.reservationId),
      field(t('label.orderId'), r.reservationOrderId),
      ...settlementFields(r, t, locale),
    ),
    ...(next.length > 0 ? [actions(...next)] : []),
  );
};

/** `request <id>`: the card and the audit trail beneath it. */
export const requestWithAudit = (
  r: RequestRecord,
  audit: readonly AuditEntry[],
  t: Translate,
  locale: string,
  tenantDomain = '',
): Reply =>
  reply(
    ...requestCard(r, t, locale, tenantDomain).blocks,
    table(
      [
        { key: 'at', label: t('label.when') },
        { key: 'action', label: t('label.action') },
        { key: 'who', label: t('label.who') },
        { key: 'channel', label: t('label.channel') },
        { key: 'note', label: t('label.note') },
      ],
      audit.map((a) => ({
        at: a.at.slice(0, 16).replace('T', ' '),
        action: t(`audit.${a.action}`),
        who: a.actor?.name ?? t('audit.system'),
        channel: a.channel,
        note: a.note ?? '',
      })),
    ),
  );
