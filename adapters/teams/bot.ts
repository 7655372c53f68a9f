import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TaskModuleRequest,
  type TaskModuleResponse,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { parseCommand } from '../../src/chat/grammar.ts';
import { handleCommand } from '../../src/chat/handle.ts';
import { errorReply } from '../../src/chat/views/error.ts';
import { reservationReply } from '../../src/chat/views/reservation.ts';
import type { Desk } from '../../src/desk/index.ts';
import type { Seal } from '../slack/seal.ts';
import type { Logger } from '../system/logger.ts';
import { answerCardInvoke, fallbackDecision } from './card-actions.ts';
import { toCard } from './cards.ts';
import { isVerb } from './decisions.ts';
import { invokeValueFits } from './invoke-values.ts';
import { form, formKind, search } from './task-forms.ts';
import { asData, openTurn, refusalText, reply, type TeamsDeps, type Turn } from './turn.ts';

/**
 * A message: a command in the shared grammar, a card's "show" button, or a decision from a client
 * without Universal Actions. Answered as an Adaptive Card in the sender's language.
 */
const answerMessage = async (turn: Turn): Promise<void> => {
  const { context, speech } = turn;
  const { desk } = turn.deps;
  if (!turn.who.ok)
    return void (await reply(
      turn,
      toCard(errorReply(turn.who.error, speech.locale)),
      refusalText(turn, turn.who.error),
    ));
  const actor = turn.who.value;
  const data = asData(context.activity.value);
  if (isVerb(data.verb)) return fallbackDecision(turn, actor, data.verb, data);
  if (data.kind === 'show' && typeof data.value === 'string') {
    const shown = await desk.show(data.value);
    const answer = shown.ok
      ? reservationReply(shown.value, speech.t, speech.locale)
      : errorReply(shown.error, speech.locale);
    return void (await reply(turn, toCard(answer), data.value));
  }
  const text =
    TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text ?? '';
  const parsed = parseCommand(text);
  const reported = context.activity.locale;
  const answer = parsed.ok
    ? await handleCommand(desk, parsed.value, {
        actor,
        channel: 'teams',
        locale: speech.locale,
        ...(reported === undefined ? {} : { reportedLocale: reported }),
      })
    : errorReply(parsed.error, speech.locale);
  await reply(turn, toCard(answer), text.slice(0, 100));
};

/**
 * The Teams bot: messages in the shared grammar answered with Adaptive Cards, the message-extension
 * commands (Refund, Exchange, Find a reservation), task-module forms (task-forms.ts), and the
 * approval card's Action.Execute buttons (card-actions.ts). Every person is looked up by AAD object
 * ID (strangers are refused) and answered in their language (turn.ts); shared cards speak the
 * requester's. Card actions on a request carry its ID sealed to the conversation (sealed-cards.ts).
 */
export class DeskTeamsBot extends TeamsActivityHandler {
  readonly #deps: TeamsDeps;

  constructor(desk: Desk, log: Logger, seal: Seal) {
    super();
    this.#deps = { desk, log, seal };
    this.onMessage(async (context, next) => {
      await answerMessage(await this.#turn(context));
      await next();
    });
  }

  #turn(context: TurnContext): Promise<Turn> {
    return openTurn(this.#deps, context);
  }

  /**
   * An invoke whose value is not of the shape its handler reads is refused with 400
   * (invoke-values.ts), and so are invokes this bot does not handle (another name, or none):
   * botbuilder's 501 would read as a fault of the server rather than of the request.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (!invokeValueFits(context.activity.name, context.activity.value)) return { status: 400 };
    const r = await super.onInvokeActivity(context);
    return r.status === 501 ? { status: 400 } : r;
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invoke: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return answerCardInvoke(await this.#turn(context), invoke);
  }

  protected override async handleTeamsTaskModuleFetch(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    const data = asData(request.data);
    const kind = formKind(data.kind) ?? 'refund';
    const seed = {
      reservation: typeof data.value === 'string' ? data.value : '',
      ...(data.quantity === undefined ? {} : { quantity: String(data.quantity) }),
    };
    return (await form(await this.#turn(context), kind, seed)) ?? {};
  }

  protected override async handleTeamsTaskModuleSubmit(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    const data = asData(request.data);
    const turn = await this.#turn(context);
    const done = await form(turn, formKind(data.kind) ?? 'refund', data);
    return done ?? { task: { type: 'message', value: turn.speech.t('teams.submitted') } };
  }

  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const kind = formKind(action.commandId) ?? 'refund';
    return (await form(await this.#turn(context), kind, {})) ?? {};
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const data = { ...asData(action.data), kind: action.commandId };
    const kind = formKind(action.commandId) ?? 'refund';
    return (await form(await this.#turn(context), kind, data)) ?? {};
  }

  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return search(await this.#turn(context), query);
  }
}
