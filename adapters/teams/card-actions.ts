import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from 'botbuilder';
import { errorReply } from '../../src/chat/views/error.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { approvalCard, followUpCard, requesterSpeech } from './approval-cards.ts';
import { type AdaptiveCard, cardActivity, cardContentType, toCard } from './cards.ts';
import { type Decided, decide, isVerb, type Verb } from './decisions.ts';
import {
  asData,
  type Data,
  opened,
  refusal,
  refusalText,
  reply,
  sealed,
  type Turn,
} from './turn.ts';

const rootOf = (conversationId: string) => /;messageid=(\d+)/.exec(conversationId)?.[1];

/**
 * The card that replaces the clicked one, with the thread kept in step (follow-up posted, root
 * updated). A duplicate delivery (`acted` false) only answers the card: the thread has its follow-up.
 * These cards are shared: they speak the requester's language (`data.locale` is the language the
 * clicked card was drawn in), not the clicker's.
 */
const cardAfter = async (turn: Turn, verb: Verb, d: Decided, data: Data): Promise<AdaptiveCard> => {
  const { desk } = turn.deps;
  const r = d.request;
  const drawnIn = typeof data.locale === 'string' ? data.locale : undefined;
  const speech = await requesterSpeech(desk, r, drawnIn);
  if (verb === 'recordMicrosoftRefund' || verb === 'recordCustomerCredit') {
    const root = rootOf(turn.context.activity.conversation.id);
    if (root !== undefined)
      await turn.context.updateActivity({
        id: root,
        ...cardActivity(sealed(turn, await approvalCard(desk, r, speech)), r.id),
      });
    return followUpCard(desk, r, speech);
  }
  if (d.acted && r.status === 'filed' && (verb === 'approve' || verb === 'retry'))
    await reply(turn, await followUpCard(desk, r, speech), r.supportRequestId ?? r.id);
  return approvalCard(desk, r, speech);
};

/**
 * Clients without Universal Actions send the Action.Submit fallback as a message: same rules, card
 * updated in place; refusals go to the clicker in their language.
 */
export const fallbackDecision = async (turn: Turn, actor: Agent, verb: Verb, sent: Data) => {
  const data = await opened(turn, actor, verb, sent);
  const refused = turn.speech.t('refused.tamperedButton');
  if (data === undefined) return void (await reply(turn, toCard(refusal(refused)), refused));
  const r = await decide(turn.deps.desk, actor, verb, data);
  if (!r.ok)
    return void (await reply(
      turn,
      toCard(errorReply(r.error, turn.speech.locale)),
      refusalText(turn, r.error),
    ));
  const card = await cardAfter(turn, verb, r.value, data);
  const replyToId = turn.context.activity.replyToId;
  if (replyToId !== undefined)
    await turn.context.updateActivity({
      id: replyToId,
      ...cardActivity(sealed(turn, card), r.value.request.id),
    });
};

/**
 * An Action.Execute on a request card. A refusal (4xx, in the clicker's language) is shown only to
 * the person who clicked; a decision answers the updated card, which every viewer then sees.
 */
export const answerCardInvoke = async (
  turn: Turn,
  invoke: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> => {
  const refuse = (message: string): AdaptiveCardInvokeResponse => ({
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message } as never,
  });
  if (!turn.who.ok) return refuse(refusalText(turn, turn.who.error));
  const actor = turn.who.value;
  const verb = invoke.action.verb;
  if (!isVerb(verb)) return refuse(turn.speech.t('teams.unknownAction'));
  const data = await opened(turn, actor, verb, asData(invoke.action.data));
  if (data === undefined) return refuse(turn.speech.t('refused.tamperedButton'));
  const r = await decide(turn.deps.desk, actor, verb, data);
  if (!r.ok) return refuse(refusalText(turn, r.error));
  const card = await cardAfter(turn, verb, r.value, data);
  return { statusCode: 200, type: cardContentType, value: sealed(turn, card) as never };
};
