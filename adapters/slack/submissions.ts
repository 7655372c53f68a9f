import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { RequestRecord } from '../../src/approvals/model.ts';
import { type FormField, formErrors } from '../../src/chat/form-errors.ts';
import { describeScope } from '../../src/desk/scope.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import { showDecision } from './actions.ts';
import { cardMessage, followUpMessage, identify, locale, type SlackDeps, t } from './context.ts';
import { contactBlockIds } from './modals/contact.ts';
import { readValue } from './modals/elements.ts';
import { exchangeCallback, readNewPurchase } from './modals/exchange.ts';
import { readRequestForm, refundCallback } from './modals/refund.ts';
import { rejectCallback, scopeCallback, settleCallback } from './modals/small.ts';
import type { ViewSubmissionPayload } from './payloads.ts';
import { openView } from './tamper.ts';

/** Slack block IDs of the form fields. */
const blockOf: Readonly<Record<FormField, string>> = {
  ...contactBlockIds,
  reservation: 'quantity',
  quantity: 'quantity',
  reason: 'reason',
  newTotal: 'new_total',
  newFamily: 'new_family',
  form: 'reason',
};

/** A refusal as Slack's per-field errors, at the blocks of the fields the core names. */
export const fieldErrors = (e: DomainError, formBlock: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(formErrors(e, locale)).map(([field, text]) => [
      field === 'form' ? formBlock : blockOf[field as FormField],
      text ?? '',
    ]),
  );

type Ack = (response?: {
  response_action: 'errors';
  errors: Record<string, string>;
}) => Promise<void>;

/** Acknowledges a submission: closes the modal on success, or shows per-field errors and keeps it open. */
const answer = async <T>(
  ack: Ack,
  r: Result<T, DomainError>,
  fallbackBlock: string,
): Promise<T | undefined> => {
  if (r.ok) {
    await ack();
    return r.value;
  }
  await ack({ response_action: 'errors', errors: fieldErrors(r.error, fallbackBlock) });
  return undefined;
};

const postApproval = async (
  deps: SlackDeps,
  client: WebClient,
  r: RequestRecord,
  channelId: string,
) => {
  const channel = deps.approvalChannel ?? channelId;
  await client.chat.postMessage({ channel, ...(await cardMessage(deps, r, channel)) });
};

type Meta = Readonly<Record<string, string>>;
type Run = (
  p: ViewSubmissionPayload,
  ack: Ack,
  client: WebClient,
  actor: Agent,
  meta: Meta,
) => Promise<unknown>;

/**
 * Modal submissions. The server recomputes every quote (the view carries IDs only) and the view ID
 * is the idempotency key, so a double submit or a retry never creates a second request. Metadata
 * that is not what the bot sealed is refused at `formBlock` and audited (tamper.ts).
 */
export const registerSubmissions = (app: App, deps: SlackDeps): void => {
  const handle = (callbackId: string, formBlock: string, run: Run) =>
    app.view(callbackId, async ({ ack, body, client }) => {
      const payload = body as unknown as ViewSubmissionPayload;
      const refuse = (block: string, text: string) =>
        (ack as Ack)({ response_action: 'errors', errors: { [block]: text } });
      const who = await identify(deps, payload.user.id);
      if (!who.ok) {
        const last = Object.keys(payload.view.state?.values ?? {}).at(-1) ?? formBlock;
        return void (await refuse(last, who.error.message));
      }
      const meta = await openView(deps, who.value, payload.view, 'submitted');
      if (meta === undefined) return void (await refuse(formBlock, t('refused.tamperedForm')));
      await run(payload, ack as Ack, client, who.value, meta);
    });

  handle(refundCallback, 'reason', async (p, ack, client, actor, meta) => {
    const form = readRequestForm(p.view, meta);
    const r = await answer(
      ack,
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

  handle(exchangeCallback, 'reason', async (p, ack, client, actor, meta) => {
    const form = readRequestForm(p.view, meta);
    const np = readNewPurchase(form.values);
    const term = (['P1Y', 'P3Y', 'P5Y'] as const).find((x) => x === np.term);
    const plan = (['Upfront', 'Monthly'] as const).find((x) => x === np.plan);
    const r = await answer(
      ack,
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

  handle(rejectCallback, 'reason', async (p, ack, client, actor, meta) => {
    const r = await answer(
      ack,
      await deps.desk.reject(actor, {
        requestId: meta.id ?? '',
        channel: 'slack',
        reason: readValue(p.view.state?.values, 'reason'),
      }),
      'reason',
    );
    if (r !== undefined)
      await showDecision(
        {
          deps,
          client,
          ref: { channelId: meta.c ?? '', rootTs: meta.root ?? '', messageTs: meta.m ?? '' },
        },
        r,
        false,
      );
  });

  handle(settleCallback, 'reference', async (p, ack, client, actor, meta) => {
    const values = p.view.state?.values;
    const input = {
      requestId: meta.id ?? '',
      channel: 'slack' as const,
      amount: readValue(values, 'amount'),
      reference: readValue(values, 'reference'),
    };
    const record =
      meta.step === 'customer' ? deps.desk.recordCustomerCredit : deps.desk.recordMicrosoftRefund;
    const r = await answer(ack, await record(actor, input), 'reference');
    if (r === undefined) return;
    const channel = meta.c ?? '';
    await client.chat.update({
      channel,
      ts: meta.root ?? '',
      ...(await cardMessage(deps, r, channel)),
    });
    await client.chat.update({
      channel,
      ts: meta.m ?? '',
      ...(await followUpMessage(deps, r, channel)),
    });
  });

  handle(scopeCallback, 'scope_target', async (p, ack, client, actor, meta) => {
    const values = p.view.state?.values;
    const type = readValue(values, 'scope_type');
    const scope = type === 'Shared' ? 'shared' : readValue(values, 'scope_target');
    const r = await answer(
      ack,
      await deps.desk.changeScope(actor, { reservation: meta.r ?? '', scope, channel: 'slack' }),
      'scope_target',
    );
    if (r === undefined) return;
    await client.chat.postEphemeral({
      channel: meta.c ?? '',
      user: p.user.id,
      text: t('scope.changed', {
        name: r.after.displayName,
        from: describeScope(r.before.scope),
        to: describeScope(r.after.scope),
      }),
    });
  });
};
