import type { RequestRecord } from '../../src/approvals/model.ts';
import { requestCard } from '../../src/chat/views/request-card.ts';
import { followUpReply } from '../../src/chat/views/request-thread.ts';
import type { Desk } from '../../src/desk/index.ts';
import { type AdaptiveCard, type CardElement, toCard } from './cards.ts';
import { locale, t } from './request-forms.ts';

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
export const approvalCard = async (desk: Desk, r: RequestRecord): Promise<AdaptiveCard> => {
  const c = toCard(
    requestCard(r, t, locale, await domainOf(desk, r.customerId), { followUpsInThread: true }),
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
export const followUpCard = async (desk: Desk, r: RequestRecord): Promise<AdaptiveCard> => {
  const c = toCard(followUpReply(r, t, locale, await domainOf(desk, r.customerId)));
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
