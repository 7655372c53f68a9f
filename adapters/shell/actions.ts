import type { RequestRecord } from '../../src/approvals/model.ts';
import { handleText } from '../../src/chat/handle.ts';
import type { Action } from '../../src/chat/reply.ts';
import { requestCard } from '../../src/chat/views/request-card.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import { type Session, show, showError } from './session-state.ts';
import { submitExchangeFlow, submitRefundFlow } from './submit-flow.ts';

/** Shows a request's card (the "approval message"), whose buttons become the next choices. */
export const showCard = async (s: Session, r: RequestRecord): Promise<void> => {
  const customers = await s.desk.customers();
  const domain = customers.ok
    ? (customers.value.find((c) => c.customer.id === r.customerId)?.customer.domain ?? '')
    : '';
  show(s, requestCard(r, s.t, s.locale, domain));
};

const cardOrError = async (s: Session, r: Result<RequestRecord, DomainError>) =>
  r.ok ? showCard(s, r.value) : showError(s, r.error);

/** Asks for a settlement step's amount (the quoted one by default) and its reference. */
const settlement = async (s: Session, requestId: string) => {
  const r = await s.desk.request(requestId);
  if (r === undefined) return undefined;
  const quoted = 'refund' in r.quote ? r.quote.refund : r.quote.credit;
  const amount = await s.con.ask(s.t('form.amount', { currency: r.quote.currency }), quoted);
  if (amount === undefined) return undefined;
  const reference = await s.con.ask(s.t('form.reference'));
  if (reference === undefined) return undefined;
  return { requestId, channel: 'shell' as const, amount, reference };
};

/** What a numbered choice does: the console's equivalent of a button, a modal, or a link. */
export const runAction = async (s: Session, a: Action): Promise<void> => {
  const actor = s.actor;
  if (actor === undefined) return s.con.write(s.t('shell.nobody'));
  const command = (text: string) =>
    handleText(s.desk, text, { actor, channel: 'shell', locale: s.locale }).then((r) => show(s, r));
  const decision = { requestId: a.value, channel: 'shell' as const };
  switch (a.kind) {
    case 'refund':
    case 'exchange':
    case 'show':
      return command(`${a.kind} ${a.value}`);
    case 'scope': {
      const scope = await s.con.ask(s.t('form.scope'));
      return scope === undefined || scope === '' ? undefined : command(`scope ${a.value} ${scope}`);
    }
    case 'open-portal':
      return s.con.write(a.url ?? '');
    case 'submit-refund':
      return submitRefundFlow(s, actor, a.value, a.quantity);
    case 'submit-exchange':
      return submitExchangeFlow(s, actor, a.value);
    case 'approve': {
      const r = await s.desk.approve(actor, decision);
      return r.ok ? showCard(s, r.value.request) : showError(s, r.error);
    }
    case 'reject': {
      const reason = await s.con.ask(s.t('form.rejectReason'));
      return reason === undefined
        ? undefined
        : cardOrError(s, await s.desk.reject(actor, { ...decision, reason }));
    }
    case 'retry':
      return cardOrError(s, await s.desk.retry(actor, decision));
    case 'record-microsoft-refund': {
      const input = await settlement(s, a.value);
      return input === undefined
        ? undefined
        : cardOrError(s, await s.desk.recordMicrosoftRefund(actor, input));
    }
    case 'record-customer-credit': {
      const input = await settlement(s, a.value);
      return input === undefined
        ? undefined
        : cardOrError(s, await s.desk.recordCustomerCredit(actor, input));
    }
  }
};
