import type { ContactDraft } from '../../../src/approvals/contact.ts';
import type { Translate } from '../../../src/chat/views/format.ts';
import { exchangeBasisReply, exchangeQuoteReply } from '../../../src/chat/views/quotes.ts';
import type { ReservationView } from '../../../src/desk/queries.ts';
import type { ExchangeBasis, ExchangeQuote } from '../../../src/quotes/exchange-quote.ts';
import type { SlackBlock } from '../blocks.ts';
import { contactBlocks } from './contact.ts';
import { modal, readValue, selectInput, textInput } from './elements.ts';
import { quoteBlocks } from './refund.ts';

export const exchangeCallback = 'exchange_modal';
export const exchangeAction = 'rd:modal-exchange';

/** The new purchase as entered (all text; the core validates it). */
export interface NewPurchaseDraft {
  readonly family: string;
  readonly sku: string;
  readonly region: string;
  readonly term: string;
  readonly quantity: string;
  readonly plan: string;
  readonly total: string;
}

export const readNewPurchase = (values: Parameters<typeof readValue>[0]): NewPurchaseDraft => ({
  family: readValue(values, 'new_family'),
  sku: readValue(values, 'new_sku'),
  region: readValue(values, 'new_region'),
  term: readValue(values, 'new_term'),
  quantity: readValue(values, 'new_quantity'),
  plan: readValue(values, 'new_plan'),
  total: readValue(values, 'new_total'),
});

export interface ExchangeModalInput {
  readonly view: ReservationView;
  /** The live quote once a new total is entered; the basis (credit, minimum) before. */
  readonly quote: ExchangeQuote | ExchangeBasis;
  readonly draft: NewPurchaseDraft;
  readonly contact: ContactDraft;
  readonly reason: string;
  readonly channelId: string;
  readonly t: Translate;
  readonly locale: string;
}

const isQuote = (q: ExchangeQuote | ExchangeBasis): q is ExchangeQuote => 'netPayable' in q;

/** The exchange modal: the new purchase (quoted live as the total is entered), then the request details. */
export const exchangeModal = (m: ExchangeModalInput) => {
  const r = m.view.reservation;
  const t = m.t;
  const quote = isQuote(m.quote)
    ? exchangeQuoteReply(m.view, m.quote, t, m.locale)
    : exchangeBasisReply(m.view, m.quote, t, m.locale);
  const choices = (values: readonly string[]) => values.map((v) => ({ label: v, value: v }));
  const returned = Array.from({ length: Math.min(r.quantity, 100) }, (_, i) => String(i + 1));
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: t('slack.reservationLine', {
          name: r.displayName,
          customer: m.view.customer.name,
          id: r.id,
          order: r.orderId,
        }),
      },
    },
    ...quoteBlocks(quote),
    selectInput('quantity', t('form.quantity'), choices(returned), String(m.quote.quantity), {
      dispatch: exchangeAction,
    }),
    { type: 'header', text: { type: 'plain_text', text: t('form.newPurchaseHeading') } },
    textInput('new_family', t('form.family'), m.draft.family, { maxLength: 100 }),
    textInput('new_sku', t('form.sku'), m.draft.sku, { maxLength: 100 }),
    textInput('new_region', t('form.region'), m.draft.region, { maxLength: 60 }),
    selectInput('new_term', t('form.term'), choices(['P1Y', 'P3Y', 'P5Y']), m.draft.term),
    textInput('new_quantity', t('form.newQuantity'), m.draft.quantity, { maxLength: 6 }),
    selectInput('new_plan', t('form.plan'), choices(['Upfront', 'Monthly']), m.draft.plan),
    textInput('new_total', t('form.newTotal', { currency: r.price.currency }), m.draft.total, {
      dispatch: exchangeAction,
      maxLength: 24,
      hint: t('slack.newTotalHint'),
    }),
    textInput('reason', t('form.reason'), m.reason, { multiline: true, maxLength: 2000 }),
    ...contactBlocks(m.contact, t),
  ];
  return modal({
    callbackId: exchangeCallback,
    title: t('slack.exchangeTitle'),
    submit: t('slack.requestApproval'),
    close: t('slack.cancel'),
    metadata: { r: r.id, c: m.channelId },
    blocks,
  });
};
