import type { ReservationView } from '../../desk/queries.ts';
import type { ExchangeBasis, ExchangeQuote } from '../../quotes/exchange-quote.ts';
import type { PolicyProfile } from '../../quotes/policy.ts';
import type { RefundQuote } from '../../quotes/refund-quote.ts';
import { actions, bar, field, fields, header, para, type Reply, reply } from '../reply.ts';
import { showDate, showMoney, showPercent, type Translate } from './format.ts';

const fraction = (part: bigint, whole: bigint) =>
  whole === 0n ? 1 : Number((part * 10_000n) / whole) / 10_000;

/** The refund quote: the three lines that add up, the basis, the cap as a bar, and the next step. */
export const refundQuoteReply = (
  v: ReservationView,
  q: RefundQuote,
  policy: PolicyProfile,
  t: Translate,
  locale: string,
): Reply => {
  const m = (x: Parameters<typeof showMoney>[0]) => showMoney(x, locale);
  const basis =
    q.creditBasis === 'full'
      ? t('quote.basisFull', { days: q.timeline.daysHeld, grace: policy.graceDays })
      : t('quote.basisProrated', {
          remaining: q.timeline.remainingDays,
          term: q.timeline.termDays,
        });
  const capAfter = q.cap.used.minor + q.cap.counted.minor;
  const blocks = [
    header(
      t('quote.refundTitle', {
        name: v.reservation.displayName,
        quantity: q.quantity,
        of: v.reservation.quantity,
      }),
    ),
    fields(
      field(t('label.customer'), v.customer.name),
      field(t('label.asOf'), showDate(q.asOf, locale)),
      field(t('label.credit'), m(q.credit)),
      field(
        t('label.fee', {
          percent: q.withinGraceWindow ? '0' : String(policy.earlyTerminationFeePercent),
        }),
        m(q.earlyTerminationFee),
      ),
      field(t('label.refund'), m(q.refund)),
      field(t('label.basis'), basis),
      field(t('label.usage'), q.hasUsage ? t('quote.used') : t('quote.unused')),
      field(t('label.capCounted'), m(q.cap.counted)),
    ),
    bar(
      t('label.capUsed'),
      fraction(capAfter, q.cap.limit.minor),
      t('quote.capCaption', {
        used: m(q.cap.used),
        counted: m(q.cap.counted),
        limit: m(q.cap.limit),
        remaining: m(q.cap.remaining),
      }),
    ),
  ];
  if (q.cap.exceeds) {
    const max = q.cap.maxQuantityWithinCap ?? 0;
    blocks.push(
      para(
        [
          t('quote.exceedsCap', { remaining: m(q.cap.remaining) }),
          max > 0 ? t('quote.maxWithinCap', { max }) : t('quote.noneFits'),
          q.cap.availableOn
            ? t('quote.capFreesOn', { date: showDate(q.cap.availableOn, locale) })
            : t('quote.capNever'),
        ].join(' '),
        'warning',
      ),
    );
  } else {
    blocks.push(
      actions({
        kind: 'submit-refund',
        label: t('action.requestRefund'),
        value: v.reservation.id,
        quantity: q.quantity,
        style: 'primary',
      }),
    );
  }
  return reply(...blocks);
};

const exchangeHeader = (v: ReservationView, b: ExchangeBasis, t: Translate) =>
  header(
    t('quote.exchangeTitle', {
      name: v.reservation.displayName,
      quantity: b.quantity,
      of: v.reservation.quantity,
    }),
  );

/** `exchange <reservation>` before a new purchase is chosen: the credit and the minimum new total. */
export const exchangeBasisReply = (
  v: ReservationView,
  b: ExchangeBasis,
  t: Translate,
  locale: string,
): Reply => {
  const minimum = showMoney(b.minimumNewTotal, locale);
  return reply(
    exchangeHeader(v, b, t),
    fields(
      field(t('label.customer'), v.customer.name),
      field(t('label.asOf'), showDate(b.asOf, locale)),
      field(t('label.exchangeCredit'), showMoney(b.credit, locale)),
      field(t('label.remainingCommitment'), showMoney(b.remainingCommitment, locale)),
      field(t('label.minimumNewTotal'), minimum),
      field(t('label.family'), v.reservation.reservedResourceType),
    ),
    para(
      t('quote.exchangeRules', { family: v.reservation.reservedResourceType, minimum }),
      'muted',
    ),
    actions({
      kind: 'submit-exchange',
      label: t('action.requestExchange'),
      value: v.reservation.id,
      style: 'primary',
    }),
  );
};

/** The exchange quote with a chosen new purchase. */
export const exchangeQuoteReply = (
  v: ReservationView,
  q: ExchangeQuote,
  t: Translate,
  locale: string,
): Reply => {
  const covers = fraction(q.credit.minor, q.newPurchase.total.minor);
  return reply(
    exchangeHeader(v, q, t),
    fields(
      field(t('label.customer'), v.customer.name),
      field(t('label.asOf'), showDate(q.asOf, locale)),
      field(t('label.exchangeCredit'), showMoney(q.credit, locale)),
      field(t('label.minimumNewTotal'), showMoney(q.minimumNewTotal, locale)),
      field(t('label.newTotal'), showMoney(q.newPurchase.total, locale)),
      field(t('label.netPayable'), showMoney(q.netPayable, locale)),
    ),
    bar(t('label.creditCovers'), covers, showPercent(covers * 100, locale)),
  );
};
