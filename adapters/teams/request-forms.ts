import { type ContactDraft, contactDraft } from '../../src/approvals/contact.ts';
import type { RequestRecord } from '../../src/approvals/model.ts';
import { formErrors } from '../../src/chat/form-errors.ts';
import type { Reply } from '../../src/chat/reply.ts';
import type { Speech } from '../../src/chat/views/format.ts';
import { quotedRefundReply } from '../../src/chat/views/provider-quote.ts';
import { exchangeBasisReply, exchangeQuoteReply } from '../../src/chat/views/quotes.ts';
import type { Desk } from '../../src/desk/index.ts';
import { exchangeBasis } from '../../src/quotes/exchange-quote.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import { today } from '../../src/shared/time.ts';
import type { AdaptiveCard } from './cards.ts';
import { type FormKind, type FormValues, formCard } from './forms.ts';

const contactKeys: readonly (keyof ContactDraft)[] = [
  'firstName',
  'lastName',
  'preferredContactMethod',
  'email',
  'phone',
  'timeZone',
  'language',
  'country',
];
const text = (data: Readonly<Record<string, unknown>>, key: string): string => {
  const v = data[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
};

/** The contact from a submitted form, or the directory's defaults for a new one. */
const contactOf = (actor: Agent, data: Readonly<Record<string, unknown>>): ContactDraft => {
  const draft = contactDraft(actor);
  const seen = contactKeys.some((k) => k in data);
  return seen
    ? (Object.fromEntries(contactKeys.map((k) => [k, text(data, k)])) as ContactDraft)
    : draft;
};

/**
 * The form for a refund or an exchange, quoted for what it holds so far, in the language of the
 * person filling it in. A refusal of the quote is shown at its field; the form stays usable.
 */
export const requestForm = async (
  desk: Desk,
  kind: FormKind,
  actor: Agent,
  data: Readonly<Record<string, unknown>>,
  { t, locale }: Speech,
  problems: Record<string, string> = {},
): Promise<AdaptiveCard> => {
  const values: Record<string, string> = Object.fromEntries(
    Object.keys(data).map((k) => [k, text(data, k)]),
  );
  let quote: Reply | undefined;
  const reservation = values.reservation ?? '';
  if (reservation !== '') {
    const shown = await desk.show(reservation);
    if (!shown.ok) Object.assign(problems, { ...formErrors(shown.error, locale), ...problems });
    else {
      const r = shown.value.reservation;
      values.currency = r.price.currency;
      values.quantity ||= String(r.quantity);
      if (kind === 'refund') {
        const q = await desk.quoteRefund({ reservation, quantity: values.quantity });
        if (q.ok) quote = quotedRefundReply(q.value, desk.policy, t, locale);
        else Object.assign(problems, { ...formErrors(q.error, locale), ...problems });
      } else {
        for (const [key, fallback] of [
          ['newFamily', r.reservedResourceType],
          ['newSku', r.sku],
          ['newRegion', r.location],
          ['newTerm', r.term],
          ['newQuantity', String(r.quantity)],
          ['newPlan', r.billingPlan],
        ] as const)
          values[key] ||= fallback;
        const total = values.newTotal ?? '';
        const q =
          total === ''
            ? undefined
            : await desk.quoteExchange({
                reservation,
                quantity: values.quantity,
                newTotal: total,
                newType: values.newFamily ?? '',
              });
        if (q?.ok) quote = exchangeQuoteReply(q.value.view, q.value.quote, t, locale);
        else {
          if (q !== undefined)
            Object.assign(problems, { ...formErrors(q.error, locale), ...problems });
          const b = exchangeBasis({
            reservation: r,
            quantity: values.quantity,
            asOf: today(desk.clock),
            policy: desk.policy,
          });
          if (b.ok) quote = exchangeBasisReply(shown.value, b.value, t, locale);
        }
      }
    }
  }
  return formCard({
    kind,
    values,
    contact: contactOf(actor, data),
    ...(quote === undefined ? {} : { quote }),
    problems,
    t,
  });
};

/** Submits the form: the quote is recomputed on the server from the IDs and quantities typed. */
export const submitRequestForm = (
  desk: Desk,
  kind: FormKind,
  actor: Agent,
  data: FormValues,
  idempotencyKey: string,
): Promise<Result<RequestRecord, DomainError>> => {
  const common = {
    reservation: text(data, 'reservation'),
    quantity: text(data, 'quantity'),
    reason: text(data, 'reason'),
    contact: contactOf(actor, data),
    channel: 'teams' as const,
    idempotencyKey,
  };
  if (kind === 'refund') return desk.submitRefund(actor, common);
  const term = (['P1Y', 'P3Y', 'P5Y'] as const).find((x) => x === text(data, 'newTerm'));
  const plan = (['Upfront', 'Monthly'] as const).find((x) => x === text(data, 'newPlan'));
  const quantity = text(data, 'newQuantity');
  return desk.submitExchange(actor, {
    ...common,
    newTotal: text(data, 'newTotal'),
    newType: text(data, 'newFamily'),
    newPurchase: {
      sku: text(data, 'newSku'),
      location: text(data, 'newRegion'),
      ...(term === undefined ? {} : { term }),
      ...(plan === undefined ? {} : { billingPlan: plan }),
      ...(/^\d+$/.test(quantity) ? { quantity: Number(quantity) } : {}),
    },
  });
};
