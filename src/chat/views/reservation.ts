import type { ReservationView } from '../../desk/queries.ts';
import { describeScope } from '../../desk/scope.ts';
import type { Reservation } from '../../reservations/model.ts';
import { actions, bar, field, fields, header, type Reply, reply, table } from '../reply.ts';
import {
  portalUrl,
  showDate,
  showInstant,
  showMoney,
  showPercent,
  type Translate,
} from './format.ts';

const utilizationText = (r: Reservation, t: Translate, locale: string): string => {
  const u = r.utilization;
  if (u === undefined) return t('reservation.noUtilization');
  const part = (v: number | undefined) => (v === undefined ? '—' : showPercent(v, locale));
  const text = t('reservation.utilizationLine', {
    day1: part(u.day1),
    day7: part(u.day7),
    day30: part(u.day30),
  });
  return u.asOf === undefined
    ? text
    : `${text} ${t('reservation.utilizationAsOf', { asOf: showInstant(u.asOf, locale) })}`;
};

const expiryText = (v: ReservationView, t: Translate, locale: string) =>
  v.expired
    ? t('reservation.expiredOn', { date: showDate(v.expiryDate, locale) })
    : t('reservation.expiresIn', { date: showDate(v.expiryDate, locale), days: v.daysToExpiry });

/** `show <reservation>`: overview, properties, term used as a bar, and what can be done next. */
export const reservationReply = (v: ReservationView, t: Translate, locale: string): Reply => {
  const r = v.reservation;
  const buttons = [
    { kind: 'refund' as const, label: t('action.refund'), value: r.id, style: 'primary' as const },
    { kind: 'exchange' as const, label: t('action.exchange'), value: r.id },
    { kind: 'scope' as const, label: t('action.scope'), value: r.id },
    {
      kind: 'open-portal' as const,
      label: t('action.portal'),
      value: r.id,
      url: portalUrl(r.orderId, r.id, v.customer.domain),
    },
  ];
  return reply(
    header(t('reservation.title', { name: r.displayName, customer: v.customer.name })),
    fields(
      field(t('label.expires'), expiryText(v, t, locale)),
      field(t('label.scope'), describeScope(r.scope)),
      field(t('label.utilization'), utilizationText(r, t, locale)),
      field(t('label.product'), `${r.reservedResourceType} · ${r.sku} · ${r.location}`),
      field(t('label.quantity'), String(r.quantity)),
      field(t('label.termAndPlan'), `${r.term} · ${r.billingPlan}`),
      field(t('label.purchased'), showDate(r.purchaseDate, locale)),
      field(t('label.price'), showMoney(r.price, locale)),
      field(t('label.reservationId'), r.id),
      field(t('label.orderId'), r.orderId),
    ),
    bar(t('label.termUsed'), v.termUsed, showPercent(v.termUsed * 100, locale)),
    ...(v.expired ? [] : [actions(...buttons)]),
  );
};

/** `list <customer>`: one row per reservation, soonest expiry first. */
export const reservationsReply = (
  customer: { name: string },
  views: readonly ReservationView[],
  t: Translate,
  locale: string,
  /** At most this many rows (the soonest to expire come first); the rest are counted, not drawn. */
  maxRows = Number.POSITIVE_INFINITY,
): Reply => {
  if (views.length === 0)
    return reply(header(t('list.title', { customer: customer.name, count: 0 })), {
      type: 'text',
      text: t('list.empty'),
    });
  const shown = views.slice(0, maxRows);
  const more =
    shown.length < views.length
      ? [
          {
            type: 'text' as const,
            text: t('list.more', { shown: shown.length, count: views.length }),
            tone: 'muted' as const,
          },
        ]
      : [];
  return reply(
    header(t('list.title', { customer: customer.name, count: views.length })),
    table(
      [
        { key: 'name', label: t('label.name') },
        { key: 'product', label: t('label.product') },
        { key: 'quantity', label: t('label.qty'), align: 'right' },
        { key: 'plan', label: t('label.termAndPlan') },
        { key: 'expires', label: t('label.expires') },
        { key: 'scope', label: t('label.scope') },
        { key: 'utilization', label: t('label.utilization30'), align: 'right' },
        { key: 'id', label: t('label.reservationId') },
      ],
      shown.map((v) => ({
        name: v.reservation.displayName,
        product: `${v.reservation.reservedResourceType} ${v.reservation.sku}`,
        quantity: String(v.reservation.quantity),
        plan: `${v.reservation.term} ${v.reservation.billingPlan}`,
        expires: v.expired
          ? t('list.expired', { date: showDate(v.expiryDate, locale) })
          : showDate(v.expiryDate, locale),
        scope: v.reservation.scope.type,
        utilization:
          v.reservation.utilization?.day30 === undefined
            ? '—'
            : showPercent(v.reservation.utilization.day30, locale),
        id: v.reservation.id,
      })),
    ),
    ...more,
  );
};

/** `access <reservation>`: who holds which Azure role on it. */
export const accessReply = (v: ReservationView, t: Translate): Reply => {
  const list = v.reservation.access ?? [];
  return reply(
    header(t('access.title', { name: v.reservation.displayName })),
    list.length === 0
      ? { type: 'text', text: t('access.none') }
      : table(
          [
            { key: 'principal', label: t('label.principal') },
            { key: 'type', label: t('label.principalType') },
            { key: 'role', label: t('label.role') },
          ],
          list.map((a) => ({ principal: a.principal, type: a.principalType ?? '—', role: a.role })),
        ),
  );
};
