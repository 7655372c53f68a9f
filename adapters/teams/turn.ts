import type { TurnContext } from 'botbuilder';
import { type Speech, speechIn } from '../../src/chat/views/format.ts';
import type { Desk } from '../../src/desk/index.ts';
import { errorText } from '../../src/messages/catalog.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import type { Seal } from '../slack/seal.ts';
import type { Logger } from '../system/logger.ts';
import { type AdaptiveCard, cardActivity } from './cards.ts';
import { openCardData, sealCard } from './sealed-cards.ts';

/** What every Teams handler needs. */
export interface TeamsDeps {
  readonly desk: Desk;
  readonly log: Logger;
  /** Seals card actions on a request to their conversation (sealed-cards.ts). */
  readonly seal: Seal;
}

/** One incoming activity: who sent it (looked up by AAD object ID) and the language to answer in. */
export interface Turn {
  readonly deps: TeamsDeps;
  readonly context: TurnContext;
  readonly who: Result<Agent, DomainError>;
  /**
   * The sender's language for everything only they see (answers, forms, refusals): their own
   * choice (`language`) wins, then the locale their Teams client sends, then English.
   */
  readonly speech: Speech;
}

export type Data = Readonly<Record<string, unknown>>;
export const asData = (v: unknown): Data =>
  typeof v === 'object' && v !== null ? (v as Data) : {};

export const openTurn = async (deps: TeamsDeps, context: TurnContext): Promise<Turn> => {
  const from = context.activity.from;
  const who = await deps.desk.identify({
    kind: 'teams',
    aadObjectId: from?.aadObjectId ?? from?.id ?? '',
  });
  const locale = await deps.desk.localeFor(who.ok ? who.value : undefined, context.activity.locale);
  return { deps, context, who, speech: speechIn(locale) };
};

/** A refusal in the sender's language, from its code and details (not the English message). */
export const refusalText = (turn: Turn, e: DomainError): string =>
  errorText(e.code, e.details, turn.speech.locale);

/** A one-line refusal drawn like an error. */
export const refusal = (text: string) => ({
  blocks: [{ type: 'text' as const, text, tone: 'error' as const }],
});

/** The card as it may leave: its request actions sealed to this conversation. */
export const sealed = (turn: Turn, card: AdaptiveCard): AdaptiveCard =>
  sealCard(turn.deps.seal, card, turn.context.activity.conversation?.id);

export const reply = async (turn: Turn, card: AdaptiveCard, summary: string): Promise<void> => {
  await turn.context.sendActivity(cardActivity(sealed(turn, card), summary));
};

/** The card action's data with the request ID opened, or undefined (audited) when forged. */
export const opened = async (turn: Turn, actor: Agent, verb: string, data: Data) => {
  const conversationId = turn.context.activity.conversation?.id;
  const r = await openCardData(turn.deps, actor, verb, data, conversationId);
  return r.ok ? r.data : undefined;
};
