import type { RequestRecord } from '../../src/approvals/model.ts';
import { type Speech, speechIn } from '../../src/chat/views/format.ts';
import { requestCard } from '../../src/chat/views/request-card.ts';
import { followUpReply } from '../../src/chat/views/request-thread.ts';
import type { Desk } from '../../src/desk/index.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { type AdaptiveCard, type CardElement, toCard } from './cards.ts';

/**
 * The language of a request's shared cards (the approval card and its thread reply): the
 * requester's, whoever posts or updates them. Teams tells a person's locale only on their own
 * activities, so a card carries the language it was drawn in (`drawnIn`, sent back in its actions'
 * data as `locale`); the requester's own choice (`language`) still wins, then that, then English.
 */
export const requesterSpeech = async (
  desk: Desk,
  r: RequestRecord,
  drawnIn: string | undefined,
): Promise<Speech> => {
  const email = r.requestedBy.email.toLowerCase();
  const listed = (await desk.agents()).find((a) => a.email.toLowerCase() === email);
  const requester: Agent = listed ?? { ...r.requestedBy, roles: [] };
  return speechIn(await desk.localeFor(requester, drawnIn));
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/**
 * The card with `locale` in the data of each of its actions (fallbacks too), so an update drawn
 * for whoever clicks keeps the card's language. Only the language: a changed value changes nothing
 * else, and the desk's own choice for the requester still wins.
 */
const carryLocale = (c: AdaptiveCard, locale: string): AdaptiveCard => {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const copy: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    const isAction = node.type === 'Action.Execute' || node.type === 'Action.Submit';
    if (isAction && isObject(copy.data)) copy.data = { ...copy.data, locale };
    return copy;
  };
  return walk(c) as AdaptiveCard;
};

const domainOf = async (desk: Desk, customerId: string) => {
  const list = await desk.customers();
  return list.ok
    ? (list.value.find((c) => c.customer.id === customerId)?.customer.domain ?? '')
    : '';
};

/** Inputs the card's Action.Execute buttons send along (Teams adds every input to the action's data). */
const withInputs = (c: AdaptiveCard, inputs: CardElement[]): AdaptiveCard => ({
  ...c,
  body: [...c.body, ...inputs],
});

/**
 * The approval card: the request, and while pending a reason field with Approve / Reject (reject
 * needs the reason). After the decision it says who decided; Retry appears after a failed filing.
 */
export const approvalCard = async (
  desk: Desk,
  r: RequestRecord,
  { t, locale }: Speech,
): Promise<AdaptiveCard> => {
  const domain = await domainOf(desk, r.customerId);
  const c = carryLocale(
    toCard(requestCard(r, t, locale, domain, { followUpsInThread: true })),
    locale,
  );
  return r.status === 'pending_approval'
    ? withInputs(c, [
        {
          type: 'Input.Text',
          id: 'rejectReason',
          label: t('teams.rejectReasonLabel'),
          isMultiline: true,
          maxLength: 2000,
        },
      ])
    : c;
};

/** The thread reply once filed: support request, IDs, portal link, and the next settlement step with its inputs. */
export const followUpCard = async (
  desk: Desk,
  r: RequestRecord,
  { t, locale }: Speech,
): Promise<AdaptiveCard> => {
  const domain = await domainOf(desk, r.customerId);
  const c = carryLocale(toCard(followUpReply(r, t, locale, domain)), locale);
  if (r.status !== 'filed' && r.status !== 'refunded_by_microsoft') return c;
  const quoted = 'refund' in r.quote ? r.quote.refund : r.quote.credit;
  return withInputs(c, [
    {
      type: 'Input.Text',
      id: 'amount',
      label: t('form.amount', { currency: r.quote.currency }),
      value: quoted,
    },
    { type: 'Input.Text', id: 'reference', label: t('form.reference') },
  ]);
};
