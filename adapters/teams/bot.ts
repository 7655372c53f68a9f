import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
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
import { formErrors } from '../../src/chat/form-errors.ts';
import { parseCommand } from '../../src/chat/grammar.ts';
import { handleCommand } from '../../src/chat/handle.ts';
import { errorReply } from '../../src/chat/views/error.ts';
import { reservationReply } from '../../src/chat/views/reservation.ts';
import type { Desk } from '../../src/desk/index.ts';
import { errorText } from '../../src/messages/catalog.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import type { Seal } from '../slack/seal.ts';
import type { Logger } from '../system/logger.ts';
import { approvalCard, followUpCard } from './approval-cards.ts';
import { type AdaptiveCard, cardActivity, cardContentType, toCard } from './cards.ts';
import { type Decided, decide, isVerb, type Verb } from './decisions.ts';
import type { FormKind } from './forms.ts';
import { invokeValueFits } from './invoke-values.ts';
import { locale, requestForm, submitRequestForm, t } from './request-forms.ts';
import { openCardData, sealCard } from './sealed-cards.ts';

type Data = Readonly<Record<string, unknown>>;
const asData = (v: unknown): Data => (typeof v === 'object' && v !== null ? (v as Data) : {});
const formKind = (kind: unknown): FormKind | undefined =>
  kind === 'refund' || kind === 'submit-refund'
    ? 'refund'
    : kind === 'exchange' || kind === 'submit-exchange'
      ? 'exchange'
      : undefined;
const continueWith = (card: AdaptiveCard, title: string): TaskModuleResponse => ({
  task: {
    type: 'continue',
    value: { title, card: CardFactory.adaptiveCard(card), width: 'large', height: 'large' },
  },
});
const rootOf = (conversationId: string) => /;messageid=(\d+)/.exec(conversationId)?.[1];
const refusal = (text: string) => ({
  blocks: [{ type: 'text' as const, text, tone: 'error' as const }],
});

/**
 * The Teams bot: messages in the shared grammar answered with Adaptive Cards, the message-extension
 * commands (Refund, Exchange, Find a reservation), task-module forms, and the approval card's
 * Action.Execute buttons. Every person is looked up by AAD object ID; strangers are refused. Card
 * actions on a request carry its ID sealed to the conversation (sealed-cards.ts); others are refused.
 */
export class DeskTeamsBot extends TeamsActivityHandler {
  readonly #desk: Desk;
  readonly #log: Logger;
  readonly #seal: Seal;

  constructor(desk: Desk, log: Logger, seal: Seal) {
    super();
    this.#desk = desk;
    this.#log = log;
    this.#seal = seal;
    this.onMessage(async (context, next) => {
      await this.#message(context);
      await next();
    });
  }

  async #actor(context: TurnContext): Promise<Result<Agent, DomainError>> {
    return this.#desk.identify({
      kind: 'teams',
      aadObjectId: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? '',
    });
  }

  /** The card as it may leave: its request actions sealed to this conversation. */
  #sealed(context: TurnContext, card: AdaptiveCard): AdaptiveCard {
    return sealCard(this.#seal, card, context.activity.conversation?.id);
  }

  /** The card action's data with the request ID opened, or undefined (audited) when forged. */
  async #opened(context: TurnContext, actor: Agent, verb: string, data: Data) {
    const deps = { desk: this.#desk, log: this.#log, seal: this.#seal };
    const r = await openCardData(deps, actor, verb, data, context.activity.conversation?.id);
    return r.ok ? r.data : undefined;
  }

  async #reply(context: TurnContext, card: AdaptiveCard, summary: string) {
    await context.sendActivity(cardActivity(this.#sealed(context, card), summary));
  }

  async #message(context: TurnContext): Promise<void> {
    const who = await this.#actor(context);
    if (!who.ok)
      return void (await this.#reply(
        context,
        toCard(errorReply(who.error, locale)),
        who.error.message,
      ));
    const data = asData(context.activity.value);
    if (isVerb(data.verb)) return this.#fallbackDecision(context, who.value, data.verb, data);
    if (data.kind === 'show' && typeof data.value === 'string') {
      const shown = await this.#desk.show(data.value);
      const reply = shown.ok
        ? reservationReply(shown.value, t, locale)
        : errorReply(shown.error, locale);
      return void (await this.#reply(context, toCard(reply), data.value));
    }
    const text =
      TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text ?? '';
    const parsed = parseCommand(text);
    const reply = parsed.ok
      ? await handleCommand(this.#desk, parsed.value, {
          actor: who.value,
          channel: 'teams',
          locale,
        })
      : errorReply(parsed.error, locale);
    await this.#reply(context, toCard(reply), text.slice(0, 100));
  }

  /** Clients without Universal Actions send the Action.Submit fallback as a message: same rules, card updated in place. */
  async #fallbackDecision(context: TurnContext, actor: Agent, verb: Verb, sent: Data) {
    const data = await this.#opened(context, actor, verb, sent);
    const refused = t('refused.tamperedButton');
    if (data === undefined)
      return void (await this.#reply(context, toCard(refusal(refused)), refused));
    const r = await decide(this.#desk, actor, verb, data);
    if (!r.ok)
      return void (await this.#reply(
        context,
        toCard(errorReply(r.error, locale)),
        r.error.message,
      ));
    const card = await this.#cardAfter(context, verb, r.value);
    if (context.activity.replyToId !== undefined)
      await context.updateActivity({
        id: context.activity.replyToId,
        ...cardActivity(this.#sealed(context, card), r.value.request.id),
      });
  }

  /**
   * The card that replaces the clicked one, with the thread kept in step (follow-up posted, root
   * updated). A duplicate delivery (`acted` false) only answers the card: the thread has its follow-up.
   */
  async #cardAfter(context: TurnContext, verb: Verb, d: Decided): Promise<AdaptiveCard> {
    const r = d.request;
    if (verb === 'recordMicrosoftRefund' || verb === 'recordCustomerCredit') {
      const root = rootOf(context.activity.conversation.id);
      if (root !== undefined)
        await context.updateActivity({
          id: root,
          ...cardActivity(this.#sealed(context, await approvalCard(this.#desk, r)), r.id),
        });
      return followUpCard(this.#desk, r);
    }
    if (d.acted && r.status === 'filed' && (verb === 'approve' || verb === 'retry'))
      await this.#reply(context, await followUpCard(this.#desk, r), r.supportRequestId ?? r.id);
    return approvalCard(this.#desk, r);
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
    const refuse = (message: string): AdaptiveCardInvokeResponse => ({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message } as never,
    });
    const who = await this.#actor(context);
    if (!who.ok) return refuse(who.error.message);
    const verb = invoke.action.verb;
    if (!isVerb(verb))
      return refuse(
        errorText('INVALID_ARGUMENTS', { problem: 'Unknown action.', usage: '' }, locale),
      );
    const data = await this.#opened(context, who.value, verb, asData(invoke.action.data));
    if (data === undefined) return refuse(t('refused.tamperedButton'));
    const r = await decide(this.#desk, who.value, verb, data);
    if (!r.ok) return refuse(errorText(r.error.code, r.error.details, locale));
    const card = await this.#cardAfter(context, verb, r.value);
    return { statusCode: 200, type: cardContentType, value: this.#sealed(context, card) as never };
  }

  async #form(
    context: TurnContext,
    kind: FormKind,
    data: Data,
  ): Promise<TaskModuleResponse | undefined> {
    const who = await this.#actor(context);
    if (!who.ok) return { task: { type: 'message', value: who.error.message } };
    const title = kind === 'refund' ? t('slack.refundTitle') : t('slack.exchangeTitle');
    if (data.step !== 'submit')
      return continueWith(await requestForm(this.#desk, kind, who.value, data), title);
    const submitted = await submitRequestForm(
      this.#desk,
      kind,
      who.value,
      data as Readonly<Record<string, string>>,
      `teams-invoke:${context.activity.id ?? ''}`,
    );
    if (!submitted.ok) {
      return continueWith(
        await requestForm(
          this.#desk,
          kind,
          who.value,
          data,
          formErrors(submitted.error, locale) as Record<string, string>,
        ),
        title,
      );
    }
    await this.#reply(context, await approvalCard(this.#desk, submitted.value), submitted.value.id);
    return undefined;
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
    return (await this.#form(context, kind, seed)) ?? {};
  }

  protected override async handleTeamsTaskModuleSubmit(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    const data = asData(request.data);
    const done = await this.#form(context, formKind(data.kind) ?? 'refund', data);
    return done ?? { task: { type: 'message', value: t('teams.submitted') } };
  }

  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return (await this.#form(context, formKind(action.commandId) ?? 'refund', {})) ?? {};
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const data = { ...asData(action.data), kind: action.commandId };
    return (await this.#form(context, formKind(action.commandId) ?? 'refund', data)) ?? {};
  }

  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const who = await this.#actor(context);
    const text = String(query.parameters?.find((p) => p.name === 'query')?.value ?? '');
    const found = who.ok ? await this.#desk.search(text, 25) : [];
    this.#log.debug('teams_search', { results: found.length });
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: found.map((v) => ({
          ...CardFactory.adaptiveCard(toCard(reservationReply(v, t, locale))),
          preview: CardFactory.thumbnailCard(
            v.reservation.displayName,
            `${v.customer.name} · ${v.reservation.reservedResourceType} ${v.reservation.sku} · ${v.expiryDate}`,
          ),
        })),
      },
    };
  }
}
