import type { WebClient } from '@slack/web-api';
import type { Speech } from '../../src/chat/views/format.ts';
import { exchangeBasis } from '../../src/quotes/exchange-quote.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { today } from '../../src/shared/time.ts';
import type { SlackDeps } from './context.ts';
import { exchangeCallback, exchangeModal, readNewPurchase } from './modals/exchange.ts';
import { readRequestForm, refundCallback, refundModal } from './modals/refund.ts';
import type { BlockActionsPayload } from './payloads.ts';
import { openView, sealView } from './tamper.ts';

/**
 * Re-quotes an open modal in place when its quantity or new total changes, keeping everything the
 * person typed. A value the core refuses leaves the modal as it was: submitting names the problem.
 * A modal whose metadata is not the one the bot sealed is left alone, and the attempt audited.
 */
export const refreshModal = async (
  deps: SlackDeps,
  client: WebClient,
  payload: BlockActionsPayload,
  actor: Agent,
  speech: Speech,
): Promise<void> => {
  const view = payload.view;
  if (view === undefined) return;
  const meta = await openView(deps, actor, view, 're-quoted');
  if (meta === undefined) return;
  const form = readRequestForm(view, meta);
  const hash = (view as { hash?: string }).hash;
  const update = (next: Parameters<typeof sealView>[1]) =>
    client.views.update({
      view_id: view.id,
      ...(hash === undefined ? {} : { hash }),
      view: sealView(deps.seal, next) as never,
    });
  if (view.callback_id === refundCallback) {
    const q = await deps.desk.quoteRefund({
      reservation: form.reservationId,
      quantity: form.quantity,
    });
    if (!q.ok) return;
    await update(
      refundModal({
        view: q.value.view,
        quote: q.value.quote,
        ...(q.value.provider === undefined ? {} : { provider: q.value.provider }),
        policy: deps.desk.policy,
        contact: form.contact,
        reason: form.reason,
        channelId: form.channelId,
        ...speech,
      }),
    );
    return;
  }
  if (view.callback_id !== exchangeCallback) return;
  const draft = readNewPurchase(form.values);
  const shown = await deps.desk.show(form.reservationId);
  if (!shown.ok) return;
  const quoted =
    draft.total === ''
      ? undefined
      : await deps.desk.quoteExchange({
          reservation: form.reservationId,
          quantity: form.quantity,
          newTotal: draft.total,
          newType: draft.family,
        });
  const basis = exchangeBasis({
    reservation: shown.value.reservation,
    quantity: form.quantity,
    asOf: today(deps.desk.clock),
    policy: deps.desk.policy,
  });
  const quote = quoted?.ok === true ? quoted.value.quote : basis.ok ? basis.value : undefined;
  if (quote === undefined) return;
  await update(
    exchangeModal({
      view: shown.value,
      quote,
      draft,
      contact: form.contact,
      reason: form.reason,
      channelId: form.channelId,
      ...speech,
    }),
  );
};
