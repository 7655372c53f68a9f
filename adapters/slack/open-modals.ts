import type { WebClient } from '@slack/web-api';
import { contactDraft } from '../../src/approvals/contact.ts';
import type { Speech } from '../../src/chat/views/format.ts';
import { exchangeBasis } from '../../src/quotes/exchange-quote.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import { today } from '../../src/shared/time.ts';
import type { SlackDeps } from './context.ts';
import { exchangeModal } from './modals/exchange.ts';
import { refundModal } from './modals/refund.ts';
import { profileHints } from './people.ts';
import { sealView } from './tamper.ts';

export interface OpenOptions {
  readonly client: WebClient;
  readonly triggerId: string;
  readonly actor: Agent;
  readonly userId: string;
  readonly reservation: string;
  readonly channelId: string;
  readonly quantity?: number | string;
  /** The language of the person opening the modal. */
  readonly speech: Speech;
}

/** The contact details prefilled from the directory and the person's Slack profile (cached). */
const contactFor = async (deps: SlackDeps, o: OpenOptions) =>
  contactDraft(o.actor, profileHints(await deps.people.get(o.client, o.userId)));

/**
 * Opens the refund modal on the live quote. Answers the refusal (unknown reservation, expired …)
 * instead of opening anything; the caller shows it privately.
 */
export const openRefundModal = async (
  deps: SlackDeps,
  o: OpenOptions,
): Promise<DomainError | undefined> => {
  const q = await deps.desk.quoteRefund({
    reservation: o.reservation,
    ...(o.quantity === undefined ? {} : { quantity: o.quantity }),
  });
  if (!q.ok) return q.error;
  const contact = await contactFor(deps, o);
  const view = refundModal({
    view: q.value.view,
    quote: q.value.quote,
    ...(q.value.provider === undefined ? {} : { provider: q.value.provider }),
    policy: deps.desk.policy,
    contact,
    reason: '',
    channelId: o.channelId,
    ...o.speech,
  });
  await o.client.views.open({ trigger_id: o.triggerId, view: sealView(deps.seal, view) as never });
  return undefined;
};

/** Opens the exchange modal on the exchange basis (credit and minimum new total). */
export const openExchangeModal = async (
  deps: SlackDeps,
  o: OpenOptions,
): Promise<DomainError | undefined> => {
  const shown = await deps.desk.show(o.reservation);
  if (!shown.ok) return shown.error;
  const r = shown.value.reservation;
  const basis = exchangeBasis({
    reservation: r,
    asOf: today(deps.desk.clock),
    policy: deps.desk.policy,
  });
  if (!basis.ok) return basis.error;
  const contact = await contactFor(deps, o);
  const draft = {
    family: r.reservedResourceType,
    sku: r.sku,
    region: r.location,
    term: r.term,
    quantity: String(r.quantity),
    plan: r.billingPlan,
    total: '',
  };
  const view = exchangeModal({
    view: shown.value,
    quote: basis.value,
    draft,
    contact,
    reason: '',
    channelId: o.channelId,
    ...o.speech,
  });
  await o.client.views.open({ trigger_id: o.triggerId, view: sealView(deps.seal, view) as never });
  return undefined;
};
