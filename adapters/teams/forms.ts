import type { ContactDraft } from '../../src/approvals/contact.ts';
import type { Reply } from '../../src/chat/reply.ts';
import type { Translate } from '../../src/chat/views/format.ts';
import { type AdaptiveCard, type CardElement, card, toCard } from './cards.ts';

/** The kinds of request form, and the step a form submit asks for. */
export type FormKind = 'refund' | 'exchange';
export type FormStep = 'quote' | 'submit';

/** What a form holds between steps: every field as text, as the person typed it. */
export type FormValues = Readonly<Record<string, string>>;

const input = (id: string, label: string, value: string, extra: CardElement = {}): CardElement => ({
  type: 'Input.Text',
  id,
  label,
  ...(value === '' ? {} : { value }),
  ...extra,
});
const choice = (
  id: string,
  label: string,
  value: string,
  choices: readonly { title: string; value: string }[],
): CardElement => ({
  type: 'Input.ChoiceSet',
  id,
  label,
  style: 'compact',
  choices,
  ...(value === '' ? {} : { value }),
});
const problem = (text: string | undefined): CardElement[] =>
  text === undefined
    ? []
    : [{ type: 'TextBlock', text, wrap: true, color: 'Attention', size: 'Small', spacing: 'None' }];

/** The contact details Microsoft asks for, with each field's problem under it. */
export const contactInputs = (
  d: ContactDraft,
  t: Translate,
  problems: Readonly<Record<string, string>>,
): CardElement[] => [
  {
    type: 'TextBlock',
    text: t('form.contactHeading'),
    weight: 'Bolder',
    separator: true,
    wrap: true,
  },
  input('firstName', t('form.contact.firstName'), d.firstName, {
    isRequired: true,
    errorMessage: t('form.problem.firstName'),
  }),
  ...problem(problems.firstName),
  input('lastName', t('form.contact.lastName'), d.lastName, {
    isRequired: true,
    errorMessage: t('form.problem.lastName'),
  }),
  ...problem(problems.lastName),
  choice(
    'preferredContactMethod',
    t('form.contact.preferredContactMethod'),
    d.preferredContactMethod,
    [
      { title: t('form.method.email'), value: 'email' },
      { title: t('form.method.phone'), value: 'phone' },
    ],
  ),
  input('email', t('form.contact.email'), d.email, { style: 'Email' }),
  ...problem(problems.email),
  input('phone', t('form.contact.phone'), d.phone, { style: 'Tel' }),
  ...problem(problems.phone),
  input('timeZone', t('form.contact.timeZone'), d.timeZone),
  ...problem(problems.timeZone),
  choice(
    'language',
    t('form.contact.language'),
    d.language,
    ['en-us', 'zh-cn', 'zh-tw', 'ja-jp', 'ko-kr', 'de-de', 'fr-fr', 'es-es', 'it-it', 'pt-br'].map(
      (l) => ({ title: l, value: l }),
    ),
  ),
  input('country', t('form.contact.country'), d.country, { maxLength: 3 }),
  ...problem(problems.country),
];

export interface FormCardInput {
  readonly kind: FormKind;
  readonly values: FormValues;
  readonly contact: ContactDraft;
  /** The live quote, once the reservation is known. */
  readonly quote?: Reply;
  /** Problems by field ID; `form` for ones that belong to no single field. */
  readonly problems: Readonly<Record<string, string>>;
  readonly t: Translate;
}

/**
 * The request form as a task module card: the reservation and quantity, the live quote ("Update
 * quote" re-quotes without closing), for an exchange the new purchase, then the reason and contact.
 */
export const formCard = (f: FormCardInput): AdaptiveCard => {
  const t = f.t;
  const v = (id: string) => f.values[id] ?? '';
  const quoteBody =
    f.quote === undefined
      ? []
      : toCard({ blocks: f.quote.blocks.filter((b) => b.type !== 'actions') }).body;
  const exchange: CardElement[] =
    f.kind === 'exchange'
      ? [
          {
            type: 'TextBlock',
            text: t('form.newPurchaseHeading'),
            weight: 'Bolder',
            separator: true,
            wrap: true,
          },
          input('newFamily', t('form.family'), v('newFamily')),
          ...problem(f.problems.newFamily),
          input('newSku', t('form.sku'), v('newSku')),
          input('newRegion', t('form.region'), v('newRegion')),
          choice(
            'newTerm',
            t('form.term'),
            v('newTerm'),
            ['P1Y', 'P3Y', 'P5Y'].map((x) => ({ title: x, value: x })),
          ),
          input('newQuantity', t('form.newQuantity'), v('newQuantity')),
          choice(
            'newPlan',
            t('form.plan'),
            v('newPlan'),
            ['Upfront', 'Monthly'].map((x) => ({ title: x, value: x })),
          ),
          input('newTotal', t('form.newTotal', { currency: v('currency') || '—' }), v('newTotal')),
          ...problem(f.problems.newTotal),
        ]
      : [];
  return card(
    [
      ...problem(f.problems.form),
      input('reservation', t('form.reservation'), v('reservation'), {
        isRequired: true,
        errorMessage: t('form.reservationMissing'),
      }),
      ...problem(f.problems.reservation),
      input('quantity', t('form.quantity'), v('quantity')),
      ...problem(f.problems.quantity),
      ...quoteBody,
      ...exchange,
      input('reason', t('form.reason'), v('reason'), { isMultiline: true, maxLength: 2000 }),
      ...problem(f.problems.reason),
      ...contactInputs(f.contact, t, f.problems),
    ],
    [
      {
        type: 'Action.Submit',
        title: t('teams.updateQuote'),
        data: { kind: f.kind, step: 'quote' },
      },
      {
        type: 'Action.Submit',
        title: t('slack.requestApproval'),
        style: 'positive',
        data: { kind: f.kind, step: 'submit' },
      },
    ],
  );
};
