import type { ContactDraft } from '../../../src/approvals/contact.ts';
import type { Reply } from '../../../src/chat/reply.ts';
import type { Translate } from '../../../src/chat/views/format.ts';
import { quotedRefundReply } from '../../../src/chat/views/provider-quote.ts';
import type { ReservationView } from '../../../src/desk/queries.ts';
import type { ProviderRefundCalculation } from '../../../src/ports.ts';
import type { PolicyProfile } from '../../../src/quotes/policy.ts';
import type { RefundQuote } from '../../../src/quotes/refund-quote.ts';
import { type SlackBlock, toBlocks } from '../blocks.ts';
import { contactBlocks, readContact } from './contact.ts';
import { modal, readValue, selectInput, textInput } from './elements.ts';

export const refundCallback = 'refund_modal';
export const quantityAction = 'rd:modal-quantity';

/** The quote part of a reply, without its title and buttons (the modal has its own). */
export const quoteBlocks = (r: Reply): SlackBlock[] =>
  toBlocks({ blocks: r.blocks.filter((b) => b.type !== 'actions' && b.type !== 'header') });

const quantityInput = (
  blockId: string,
  label: string,
  max: number,
  current: number,
  action: string,
): SlackBlock =>
  max <= 100
    ? selectInput(
        blockId,
        label,
        Array.from({ length: max }, (_, i) => ({ label: String(i + 1), value: String(i + 1) })),
        String(current),
        { dispatch: action },
      )
    : textInput(blockId, label, String(current), { dispatch: action, maxLength: 6 });

export interface RefundModalInput {
  readonly view: ReservationView;
  readonly quote: RefundQuote;
  /** Azure's own calculation, shown beside the quote. */
  readonly provider?: ProviderRefundCalculation;
  readonly policy: PolicyProfile;
  readonly contact: ContactDraft;
  readonly reason: string;
  readonly channelId: string;
  readonly t: Translate;
  readonly locale: string;
}

/**
 * The refund modal: the live quote (credit, fee, refund, the cap as a bar), the quantity (changing
 * it re-quotes in place), the reason, and the contact details Microsoft asks for.
 */
export const refundModal = (m: RefundModalInput) => {
  const r = m.view.reservation;
  return modal({
    callbackId: refundCallback,
    title: m.t('slack.refundTitle'),
    submit: m.t('slack.requestApproval'),
    close: m.t('slack.cancel'),
    metadata: { r: r.id, c: m.channelId },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: m.t('slack.reservationLine', {
            name: r.displayName,
            customer: m.view.customer.name,
            id: r.id,
            order: r.orderId,
          }),
        },
      },
      ...quoteBlocks(
        quotedRefundReply(
          {
            view: m.view,
            quote: m.quote,
            ...(m.provider === undefined ? {} : { provider: m.provider }),
          },
          m.policy,
          m.t,
          m.locale,
        ),
      ),
      quantityInput('quantity', m.t('form.quantity'), r.quantity, m.quote.quantity, quantityAction),
      textInput('reason', m.t('form.reason'), m.reason, { multiline: true, maxLength: 2000 }),
      ...contactBlocks(m.contact, m.t),
    ],
  });
};

type View = {
  state?: { values: Record<string, Record<string, Record<string, unknown>>> } | undefined;
};

/**
 * What the person entered in a refund or exchange modal (strings, validated by the core), with the
 * IDs from its metadata (`meta`: opened, so checked, by the caller).
 */
export const readRequestForm = (view: View, meta: Readonly<Record<string, string>>) => {
  const values = view.state?.values;
  return {
    reservationId: meta.r ?? '',
    channelId: meta.c ?? '',
    quantity: readValue(values, 'quantity'),
    reason: readValue(values, 'reason'),
    contact: readContact(values),
    values,
  };
};
