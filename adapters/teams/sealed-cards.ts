import type { Desk } from '../../src/desk/index.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { claimedValue, printable, type Seal } from '../slack/seal.ts';
import type { Logger } from '../system/logger.ts';
import { isVerb } from './decisions.ts';

// The card actions that act on a request (Action.Execute approve, reject, retry and the settlement
// steps, and their Action.Submit fallbacks) carry `value: "<request ID>~<tag>"`, sealed to the
// conversation the card is posted in (its channel, without the thread's `;messageid=`). The key is
// derived from the bot's app password; with authentication off (no app ID: development and tests)
// and with a managed identity (no password) it is a per-process random key, so cards posted before
// a restart are refused afterwards.

/** The conversation a card belongs to: a channel (any thread of it) or a chat. */
const contextOf = (conversationId: string | undefined): string =>
  `teams-card:${(conversationId ?? '').split(';')[0] ?? ''}`;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/** True for an action that decides or settles a request: its data names the request. */
const actsOnRequest = (node: Json): boolean =>
  (node.type === 'Action.Execute' && isVerb(node.verb)) ||
  (node.type === 'Action.Submit' && isObject(node.data) && isVerb(node.data.verb));

/** A copy of `card` with the request actions' values sealed to the conversation. */
export const sealCard = <T>(seal: Seal, card: T, conversationId: string | undefined): T => {
  const context = contextOf(conversationId);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const copy: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    if (actsOnRequest(node) && isObject(copy.data) && typeof copy.data.value === 'string')
      copy.data = { ...copy.data, value: seal.seal(copy.data.value, context) };
    return copy;
  };
  return walk(card) as T;
};

/** What a card action sent, with `value` the request ID once its seal checks out. */
export type Opened =
  | { readonly ok: true; readonly data: Readonly<Record<string, unknown>> }
  | { readonly ok: false };

/**
 * Opens the request ID in a card action's data. A value the bot did not seal for this conversation
 * is logged and audited as `refused` (on the request it names, if any); the caller refuses it.
 */
export const openCardData = async (
  deps: { readonly desk: Desk; readonly log: Logger; readonly seal: Seal },
  actor: Agent,
  verb: string,
  data: Readonly<Record<string, unknown>>,
  conversationId: string | undefined,
): Promise<Opened> => {
  const value = typeof data.value === 'string' ? data.value : '';
  const id = deps.seal.open(value, contextOf(conversationId));
  if (id !== undefined) return { ok: true, data: { ...data, value: id } };
  const note = `TAMPERED: card action ${printable(verb, 40)} with value "${printable(value)}" was not sealed by the bot for conversation ${printable(conversationId ?? '')}`;
  deps.log.warn('teams_tampering_refused', {
    note,
    actor: actor.email,
    action: 'none: refused and audited. If it repeats, find who else can post as the bot.',
  });
  await deps.desk.recordRefusal({ actor, channel: 'teams', requestId: claimedValue(value), note });
  return { ok: false };
};
