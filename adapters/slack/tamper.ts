import type { Agent } from '../../src/reservations/model.ts';
import type { SlackBlock } from './blocks.ts';
import type { SlackDeps } from './context.ts';
import { readMetadata } from './modals/elements.ts';
import { claimedValue, printable, type Seal } from './seal.ts';

// What the bot puts in Slack and reads back is sealed (see seal.ts): the buttons that act on a
// request carry `<request ID>~<tag>`, the tag bound to the channel of their message; a modal's
// private_metadata carries `<JSON>~<tag>`, the tag bound to the modal's callback ID. The key is
// derived from the signing secret (Socket Mode: from the app token), which a bot token alone
// does not give.

/** Buttons whose value names a request: sealed to the channel of the message they are on. */
export const requestButtons: ReadonlySet<string> = new Set([
  'rd:approve',
  'rd:reject',
  'rd:retry',
  'rd:record-microsoft-refund',
  'rd:record-customer-credit',
]);

const buttonContext = (channelId: string) => `slack-button:${channelId}`;
const viewContext = (callbackId: string) => `slack-view:${callbackId}`;

/** The message with each request button's value sealed to `channelId`, where it is posted. */
export const sealButtons = <M extends { readonly blocks: readonly SlackBlock[] }>(
  seal: Seal,
  m: M,
  channelId: string,
): M => ({
  ...m,
  blocks: m.blocks.map((b) =>
    b.type !== 'actions' || !Array.isArray(b.elements)
      ? b
      : {
          ...b,
          elements: (b.elements as SlackBlock[]).map((e) =>
            requestButtons.has(String(e.action_id)) && typeof e.value === 'string'
              ? { ...e, value: seal.seal(e.value, buttonContext(channelId)) }
              : e,
          ),
        },
  ),
});

/** The view with its private_metadata sealed to its callback ID. */
export const sealView = <
  V extends { readonly callback_id: string; readonly private_metadata: string },
>(
  seal: Seal,
  view: V,
): V => ({
  ...view,
  private_metadata: seal.seal(view.private_metadata, viewContext(view.callback_id)),
});

/**
 * Records a tampered button or form: a warning in the log and a `refused` line in the audit trail
 * (on the request it names, when there is one). The caller answers the person.
 */
const auditTampering = async (
  deps: SlackDeps,
  actor: Agent,
  r: { readonly requestId?: string | undefined; readonly note: string },
): Promise<void> => {
  const note = `TAMPERED: ${printable(r.note, 400)}`;
  deps.log.warn('slack_tampering_refused', {
    note,
    actor: actor.email,
    action: 'none: refused and audited. If it repeats, find who else holds the bot token.',
  });
  await deps.desk.recordRefusal({
    actor,
    channel: 'slack',
    ...(r.requestId === undefined ? {} : { requestId: r.requestId }),
    note,
  });
};

/**
 * The request ID a clicked request button carries, if the bot sealed it for the channel it was
 * clicked in; otherwise the click is audited and the answer is undefined (the caller refuses it).
 */
export const openButton = async (
  deps: SlackDeps,
  actor: Agent,
  click: { readonly actionId: string; readonly value: string; readonly channelId: string },
): Promise<string | undefined> => {
  const id = deps.seal.open(click.value, buttonContext(click.channelId));
  if (id !== undefined) return id;
  await auditTampering(deps, actor, {
    requestId: claimedValue(click.value),
    note: `button ${click.actionId} with value "${printable(click.value)}" was not sealed by the bot for channel ${printable(click.channelId)}`,
  });
  return undefined;
};

type SubmittedView = { callback_id?: string | undefined; private_metadata?: string | undefined };

/**
 * A view's metadata, if it is what the bot sealed for this kind of modal; otherwise the attempt
 * (`what`: "submitted", "re-quoted") is audited and the answer is undefined.
 */
export const openView = async (
  deps: SlackDeps,
  actor: Agent,
  view: SubmittedView,
  what: string,
): Promise<Record<string, string> | undefined> => {
  const text = view.private_metadata ?? '';
  const json = deps.seal.open(text, viewContext(view.callback_id ?? ''));
  if (json !== undefined) return readMetadata(json);
  await auditTampering(deps, actor, {
    requestId: readMetadata(claimedValue(text)).id,
    note: `modal ${printable(view.callback_id ?? '?', 40)} was ${what} with edited metadata "${printable(text)}"`,
  });
  return undefined;
};
