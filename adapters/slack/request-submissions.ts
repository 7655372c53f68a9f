import type { WebClient } from '@slack/web-api';
import type { RequestRecord } from '../../src/approvals/model.ts';
import { cardMessage, type SlackDeps } from './context.ts';
import { exchangeCallback, readNewPurchase } from './modals/exchange.ts';
import { readRequestForm, refundCallback } from './modals/refund.ts';
import { answer, type OnSubmission } from './submission-kit.ts';

/** The approval message, in SLACK_APPROVAL_CHANNEL or where the command ran, in the requester's language. */
const postApproval = async (
  deps: SlackDeps,
  client: WebClient,
  r: RequestRecord,
  channelId: string,
) => {
  const channel = deps.approvalChannel ?? channelId;
  await client.chat.postMessage({ channel, ...(await cardMessage(deps, client, r, channel)) });
};

/**
 * Refund and exchange modals. The server recomputes every quote (the view carries IDs only) and the
 * view ID is the idempotency key, so a double submit or a retry never creates a second request.
 */
export const registerRequestSubmissions = (handle: OnSubmission, deps: SlackDeps): void => {
  handle(refundCallback, 'reason', async (s) => {
    const { p, client, actor, meta } = s;
    const form = readRequestForm(p.view, meta);
    const r = await answer(
      s,
      await deps.desk.submitRefund(actor, {
        reservation: form.reservationId,
        quantity: form.quantity,
        reason: form.reason,
        contact: form.contact,
        channel: 'slack',
        idempotencyKey: `slack-view:${p.view.id}`,
      }),
      'quantity',
    );
    if (r !== undefined) await postApproval(deps, client, r, form.channelId);
  });

  handle(exchangeCallback, 'reason', async (s) => {
    const { p, client, actor, meta } = s;
    const form = readRequestForm(p.view, meta);
    const np = readNewPurchase(form.values);
    const term = (['P1Y', 'P3Y', 'P5Y'] as const).find((x) => x === np.term);
    const plan = (['Upfront', 'Monthly'] as const).find((x) => x === np.plan);
    const r = await answer(
      s,
      await deps.desk.submitExchange(actor, {
        reservation: form.reservationId,
        quantity: form.quantity,
        reason: form.reason,
        contact: form.contact,
        channel: 'slack',
        idempotencyKey: `slack-view:${p.view.id}`,
        newTotal: np.total,
        newType: np.family,
        newPurchase: {
          sku: np.sku,
          location: np.region,
          ...(term === undefined ? {} : { term }),
          ...(plan === undefined ? {} : { billingPlan: plan }),
          ...(/^\d+$/.test(np.quantity) ? { quantity: Number(np.quantity) } : {}),
        },
      }),
      'quantity',
    );
    if (r !== undefined) await postApproval(deps, client, r, form.channelId);
  });
};
