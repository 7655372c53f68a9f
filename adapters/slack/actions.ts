import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { parseCommand } from '../../src/chat/grammar.ts';
import { handleCommand } from '../../src/chat/handle.ts';
import type { Speech } from '../../src/chat/views/format.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { type DomainError, domainError } from '../../src/shared/errors.ts';
import {
  answerPrivately,
  errorMessage,
  identify,
  message,
  messageIn,
  refusalMessage,
  type SlackDeps,
  showDecision,
  speechOf,
} from './context.ts';
import { refreshModal } from './modal-refresh.ts';
import type { MessageRef } from './modals/small.ts';
import { rejectModal, scopeModal, settleModal } from './modals/small.ts';
import { openExchangeModal, openRefundModal } from './open-modals.ts';
import type { BlockActionsPayload } from './payloads.ts';
import { openButton, requestButtons, sealView } from './tamper.ts';

interface Clicked {
  readonly deps: SlackDeps;
  readonly client: WebClient;
  readonly payload: BlockActionsPayload;
  readonly actor: Agent;
  readonly value: string;
  readonly ref: MessageRef;
  /** The language of the person who clicked: their answers, modals and refusals speak it. */
  readonly speech: Speech;
  /** Tells only the person who clicked. */
  readonly privately: (m: ReturnType<typeof message>) => Promise<unknown>;
}

const refOf = (p: BlockActionsPayload): MessageRef => {
  // The container is not validated field by field (Slack adds kinds of it): take only strings.
  const container = (p.container ?? {}) as { channel_id?: unknown; message_ts?: unknown };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const channelId = p.channel?.id ?? text(container.channel_id) ?? '';
  const messageTs = p.message?.ts ?? text(container.message_ts) ?? '';
  return { channelId, messageTs, rootTs: p.message?.thread_ts ?? messageTs };
};

const decide = async (c: Clicked, run: () => ReturnType<SlackDeps['desk']['retry']>) => {
  const r = await run();
  if (!r.ok) return c.privately(errorMessage(r.error, c.speech));
  return showDecision(c, r.value, true);
};

const openOr = async (c: Clicked, refused: Promise<DomainError | undefined>) => {
  const e = await refused;
  if (e !== undefined) await c.privately(errorMessage(e, c.speech));
};

/** What each button does. Values carry IDs only; everything else is read again on the server. */
const handlers: Readonly<Record<string, (c: Clicked) => Promise<unknown>>> = {
  share: async (c) => {
    const parsed = parseCommand(c.value);
    if (!parsed.ok) return c.privately(errorMessage(parsed.error, c.speech));
    const reply = await handleCommand(c.deps.desk, parsed.value, {
      actor: c.actor,
      channel: 'slack',
      locale: c.speech.locale,
    });
    return c.client.chat.postMessage({
      channel: c.ref.channelId,
      ...messageIn(c.deps, reply, c.ref.channelId),
    });
  },
  show: async (c) => {
    const parsed = parseCommand(`show ${c.value}`);
    if (!parsed.ok) return undefined;
    return c.privately(
      message(
        await handleCommand(c.deps.desk, parsed.value, {
          actor: c.actor,
          channel: 'slack',
          locale: c.speech.locale,
        }),
      ),
    );
  },
  refund: (c) => openOr(c, openRefundModal(c.deps, opening(c))),
  'submit-refund': (c) => {
    const [reservation = '', quantity] = c.value.split('|');
    return openOr(
      c,
      openRefundModal(c.deps, {
        ...opening(c),
        reservation,
        ...(quantity === undefined ? {} : { quantity }),
      }),
    );
  },
  exchange: (c) => openOr(c, openExchangeModal(c.deps, opening(c))),
  'submit-exchange': (c) => openOr(c, openExchangeModal(c.deps, opening(c))),
  scope: async (c) => {
    const found = await c.deps.desk.show(c.value);
    if (!found.ok) return c.privately(errorMessage(found.error, c.speech));
    return c.client.views.open({
      trigger_id: c.payload.trigger_id ?? '',
      view: sealView(
        c.deps.seal,
        scopeModal(found.value.reservation, c.ref.channelId, c.speech.t),
      ) as never,
    });
  },
  approve: (c) =>
    decide(c, () =>
      c.deps.desk
        .approve(c.actor, { requestId: c.value, channel: 'slack' })
        .then((r) => (r.ok ? { ok: true as const, value: r.value.request } : r)),
    ),
  retry: (c) =>
    decide(c, () => c.deps.desk.retry(c.actor, { requestId: c.value, channel: 'slack' })),
  reject: (c) =>
    c.client.views.open({
      trigger_id: c.payload.trigger_id ?? '',
      view: sealView(c.deps.seal, rejectModal(c.value, c.ref, c.speech.t)) as never,
    }),
  'record-microsoft-refund': (c) => settle(c, 'microsoft'),
  'record-customer-credit': (c) => settle(c, 'customer'),
  'open-portal': async () => undefined,
  'modal-quantity': (c) => refreshModal(c.deps, c.client, c.payload, c.actor, c.speech),
  'modal-exchange': (c) => refreshModal(c.deps, c.client, c.payload, c.actor, c.speech),
};

const opening = (c: Clicked) => ({
  client: c.client,
  triggerId: c.payload.trigger_id ?? '',
  actor: c.actor,
  userId: c.payload.user.id,
  reservation: c.value,
  channelId: c.ref.channelId,
  speech: c.speech,
});

const settle = async (c: Clicked, step: 'microsoft' | 'customer') => {
  const r = await c.deps.desk.request(c.value);
  if (r === undefined)
    return c.privately(
      errorMessage(domainError('REQUEST_NOT_FOUND', { requestId: c.value }), c.speech),
    );
  return c.client.views.open({
    trigger_id: c.payload.trigger_id ?? '',
    view: sealView(c.deps.seal, settleModal(r, step, c.ref, c.speech.t)) as never,
  });
};

/**
 * Every button of the bot: acknowledged first, then handled; refusals go only to the person who
 * clicked. A request button must carry the seal the bot gave it for this channel (tamper.ts).
 */
export const registerActions = (app: App, deps: SlackDeps): void => {
  app.action(/^rd:/, async ({ ack, body, client, respond }) => {
    await ack();
    const payload = body as unknown as BlockActionsPayload;
    const action = payload.actions[0];
    const kind = action?.action_id.slice(3) ?? '';
    const raw = action?.value ?? action?.selected_option?.value ?? '';
    const ref = refOf(payload);
    const privately = (m: ReturnType<typeof message>) =>
      answerPrivately(deps.log, () =>
        payload.response_url !== undefined
          ? respond({ response_type: 'ephemeral', replace_original: false, ...m })
          : client.chat.postEphemeral({ channel: ref.channelId, user: payload.user.id, ...m }),
      );
    const who = await identify(deps, payload.user.id);
    const agent = who.ok ? who.value : undefined;
    const speech = await speechOf(deps, client, payload.user.id, agent);
    if (!who.ok) return void (await privately(errorMessage(who.error, speech)));
    // Own keys only: an action ID of "rd:constructor" or "rd:__proto__" names no handler.
    const handler = Object.hasOwn(handlers, kind) ? handlers[kind] : undefined;
    if (handler === undefined)
      return void deps.log.warn('slack_unknown_action', {
        actionId: action?.action_id.slice(0, 80),
        action: 'none: ignored',
      });
    const actionId = action?.action_id ?? '';
    const value = requestButtons.has(actionId)
      ? await openButton(deps, who.value, { actionId, value: raw, channelId: ref.channelId })
      : raw;
    if (value === undefined)
      return void (await privately(refusalMessage(speech.t('refused.tamperedButton'))));
    await handler({ deps, client, payload, actor: who.value, value, ref, speech, privately });
  });
};
