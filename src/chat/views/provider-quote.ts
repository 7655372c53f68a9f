import type { ReservationView } from '../../desk/queries.ts';
import { errorText } from '../../messages/catalog.ts';
import type { ProviderRefundCalculation } from '../../ports.ts';
import type { PolicyProfile } from '../../quotes/policy.ts';
import type { RefundQuote } from '../../quotes/refund-quote.ts';
import type { ErrorCode, ErrorDetails } from '../../shared/errors.ts';
import { type Block, field, fields, header, para, type Reply, reply } from '../reply.ts';
import { showMoney, type Translate } from './format.ts';
import { refundQuoteReply } from './quotes.ts';

/**
 * Azure's own calculation beside the bot's: its refund, its refund limit, its policy errors, and a
 * warning when its refund differs from the quote by more than one minor unit.
 */
export const providerBlocks = (
  q: RefundQuote,
  p: ProviderRefundCalculation,
  t: Translate,
  locale: string,
): Block[] => {
  const m = (x: Parameters<typeof showMoney>[0]) => showMoney(x, locale);
  const gap =
    p.billingRefund.currency === q.refund.currency ? p.billingRefund.minor - q.refund.minor : 0n;
  return [
    header(t('quote.azureHeading')),
    fields(
      field(t('label.azureRefund'), m(p.billingRefund)),
      ...(p.pricingRefund === undefined
        ? []
        : [field(t('label.azureRefundUsd'), m(p.pricingRefund))]),
      ...(p.consumedRefundsTotal === undefined || p.maxRefundLimit === undefined
        ? []
        : [
            field(
              t('label.azureLimit'),
              t('quote.azureLimitLine', {
                consumed: m(p.consumedRefundsTotal),
                limit: m(p.maxRefundLimit),
              }),
            ),
          ]),
    ),
    ...p.policyErrors.map((e) =>
      para(t('quote.azurePolicy', { code: e.code, message: e.message }), 'warning'),
    ),
    ...(gap > 1n || gap < -1n
      ? [para(t('quote.azureDiffers', { azure: m(p.billingRefund), ours: m(q.refund) }), 'warning')]
      : []),
  ];
};

/** The bot's quote first, then Azure's own calculation (or why it is missing), then the next step. */
export const quotedRefundReply = (
  q: {
    readonly view: ReservationView;
    readonly quote: RefundQuote;
    readonly provider?: ProviderRefundCalculation;
    readonly providerError?: {
      readonly message: string;
      readonly code: string;
      readonly details: Readonly<Record<string, unknown>>;
    };
  },
  policy: PolicyProfile,
  t: Translate,
  locale: string,
): Reply => {
  const base = refundQuoteReply(q.view, q.quote, policy, t, locale);
  const extra: Block[] =
    q.provider !== undefined
      ? providerBlocks(q.quote, q.provider, t, locale)
      : q.providerError !== undefined
        ? [
            para(
              t('quote.azureUnavailable', {
                reason: errorText(
                  q.providerError.code as ErrorCode,
                  q.providerError.details as ErrorDetails,
                  locale,
                ),
              }),
              'muted',
            ),
          ]
        : [];
  const buttons = base.blocks.filter((b) => b.type === 'actions');
  return reply(...base.blocks.filter((b) => b.type !== 'actions'), ...extra, ...buttons);
};
