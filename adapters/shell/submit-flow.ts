import { type ContactDraft, contactDraft } from '../../src/approvals/contact.ts';
import type { RequestRecord, SupportContact } from '../../src/approvals/model.ts';
import { exchangeQuoteReply } from '../../src/chat/views/quotes.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import { showCard } from './actions.ts';
import { type Session, show, showError } from './session-state.ts';

type Draft = ContactDraft;
type Submit = (draft: {
  quantity: string;
  reason: string;
  contact: Draft;
}) => Promise<Result<RequestRecord, DomainError>>;

const contactFields: readonly (keyof SupportContact)[] = [
  'firstName',
  'lastName',
  'preferredContactMethod',
  'email',
  'phone',
  'timeZone',
  'language',
  'country',
];

const askField = async (s: Session, field: keyof SupportContact, draft: Draft) => {
  const answer = await s.con.ask(s.t(`form.contact.${field}`), draft[field]);
  if (answer === undefined) return false;
  draft[field] = answer;
  return true;
};

/**
 * The modal as prompts: quantity, reason and contact details, each with its default; then submit.
 * A refusal of one field asks that field again with the answer kept; any other refusal ends the flow
 * with the reason. End of input abandons the draft: nothing is submitted.
 */
const collectAndSubmit = async (
  s: Session,
  actor: Agent,
  defaultQuantity: string,
  submit: Submit,
): Promise<void> => {
  s.con.write(s.t('shell.formIntro'));
  const quantity = await s.con.ask(s.t('form.quantity'), defaultQuantity);
  if (quantity === undefined) return;
  const draft = { quantity, reason: '', contact: contactDraft(actor) };
  const reason = await s.con.ask(s.t('form.reason'));
  if (reason === undefined) return;
  draft.reason = reason;
  for (const field of contactFields) if (!(await askField(s, field, draft.contact))) return;
  for (;;) {
    const result = await submit(draft);
    if (result.ok) {
      s.con.write(s.t('shell.submitted', { id: result.value.id }));
      return showCard(s, result.value);
    }
    showError(s, result.error);
    const again = fieldsToAsk(result.error);
    if (again.length === 0) return;
    for (const field of again) {
      if (field === 'quantity' || field === 'reason') {
        const answer = await s.con.ask(
          s.t(field === 'quantity' ? 'form.quantity' : 'form.reason'),
          draft[field],
        );
        if (answer === undefined) return;
        draft[field] = answer;
      } else if (!(await askField(s, field, draft.contact))) return;
    }
  }
};

/** The fields a refusal asks to correct; none for refusals a new answer cannot fix. */
const fieldsToAsk = (e: DomainError): ('quantity' | 'reason' | keyof SupportContact)[] => {
  if (e.code === 'INVALID_QUANTITY') return ['quantity'];
  if (e.code === 'REASON_REQUIRED') return ['reason'];
  if (e.code !== 'INVALID_CONTACT') return [];
  const fields = Array.isArray(e.details.fields) ? (e.details.fields as string[]) : [];
  return contactFields.filter((f) => fields.includes(f));
};

export const submitRefundFlow = async (
  s: Session,
  actor: Agent,
  reservationId: string,
  quoted?: number,
): Promise<void> => {
  const shown = await s.desk.show(reservationId);
  if (!shown.ok) return showError(s, shown.error);
  await collectAndSubmit(s, actor, String(quoted ?? shown.value.reservation.quantity), (d) =>
    s.desk.submitRefund(actor, {
      reservation: reservationId,
      quantity: d.quantity,
      reason: d.reason,
      contact: d.contact,
      channel: 'shell',
    }),
  );
};

const newTotalRetryable = new Set([
  'EXCHANGE_BELOW_REMAINING_COMMITMENT',
  'INVALID_AMOUNT',
  'AMOUNT_TOO_PRECISE',
]);

/**
 * The exchange modal: the new purchase first, quoted live (a total below the minimum is asked
 * again), then the same request details as a refund.
 */
export const submitExchangeFlow = async (
  s: Session,
  actor: Agent,
  reservationId: string,
): Promise<void> => {
  const shown = await s.desk.show(reservationId);
  if (!shown.ok) return showError(s, shown.error);
  const r = shown.value.reservation;
  s.con.write(s.t('shell.newPurchaseIntro'));
  const answers: string[] = [];
  const asks: [string, string][] = [
    [s.t('form.family'), r.reservedResourceType],
    [s.t('form.sku'), r.sku],
    [s.t('form.region'), r.location],
    [s.t('form.term'), r.term],
    [s.t('form.newQuantity'), String(r.quantity)],
    [s.t('form.plan'), r.billingPlan],
  ];
  for (const [label, fallback] of asks) {
    const answer = await s.con.ask(label, fallback);
    if (answer === undefined) return;
    answers.push(answer);
  }
  const [family = '', sku = '', location = '', term = '', newQuantity = '', plan = ''] = answers;
  let newTotal: string;
  for (;;) {
    const answer = await s.con.ask(s.t('form.newTotal', { currency: r.price.currency }));
    if (answer === undefined) return;
    const quote = await s.desk.quoteExchange({
      reservation: reservationId,
      newTotal: answer,
      newType: family,
    });
    if (quote.ok) {
      show(s, exchangeQuoteReply(quote.value.view, quote.value.quote, s.t, s.locale));
      newTotal = answer;
      break;
    }
    showError(s, quote.error);
    if (!newTotalRetryable.has(quote.error.code)) return;
  }
  const termValue = (['P1Y', 'P3Y', 'P5Y'] as const).find((x) => x === term.toUpperCase());
  const planValue = (['Upfront', 'Monthly'] as const).find(
    (x) => x.toLowerCase() === plan.toLowerCase(),
  );
  await collectAndSubmit(s, actor, String(r.quantity), (d) =>
    s.desk.submitExchange(actor, {
      reservation: reservationId,
      quantity: d.quantity,
      reason: d.reason,
      contact: d.contact,
      channel: 'shell',
      newTotal,
      newType: family,
      newPurchase: {
        sku,
        location,
        ...(termValue === undefined ? {} : { term: termValue }),
        ...(planValue === undefined ? {} : { billingPlan: planValue }),
        ...(/^\d+$/.test(newQuantity) ? { quantity: Number(newQuantity) } : {}),
      },
    }),
  );
};
