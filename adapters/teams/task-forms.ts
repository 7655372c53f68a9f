import {
  CardFactory,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TaskModuleResponse,
} from 'botbuilder';
import { formErrors } from '../../src/chat/form-errors.ts';
import { reservationReply } from '../../src/chat/views/reservation.ts';
import { approvalCard } from './approval-cards.ts';
import { type AdaptiveCard, toCard } from './cards.ts';
import type { FormKind } from './forms.ts';
import { requestForm, submitRequestForm } from './request-forms.ts';
import { type Data, refusalText, reply, type Turn } from './turn.ts';

export const formKind = (kind: unknown): FormKind | undefined =>
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

/**
 * The request form as a task module, in the sender's language: shown (or re-quoted) until a
 * submit goes through, then the approval card is posted in the conversation, in the requester's
 * language (the sender's, here), and undefined answered so the caller closes the form.
 */
export const form = async (
  turn: Turn,
  kind: FormKind,
  data: Data,
): Promise<TaskModuleResponse | undefined> => {
  const { desk } = turn.deps;
  const { speech } = turn;
  if (!turn.who.ok) return { task: { type: 'message', value: refusalText(turn, turn.who.error) } };
  const actor = turn.who.value;
  const title = kind === 'refund' ? speech.t('slack.refundTitle') : speech.t('slack.exchangeTitle');
  if (data.step !== 'submit')
    return continueWith(await requestForm(desk, kind, actor, data, speech), title);
  const submitted = await submitRequestForm(
    desk,
    kind,
    actor,
    data as Readonly<Record<string, string>>,
    `teams-invoke:${turn.context.activity.id ?? ''}`,
  );
  if (!submitted.ok) {
    const problems = formErrors(submitted.error, speech.locale) as Record<string, string>;
    return continueWith(await requestForm(desk, kind, actor, data, speech, problems), title);
  }
  await reply(turn, await approvalCard(desk, submitted.value, speech), submitted.value.id);
  return undefined;
};

/** "Find a reservation": matching reservations as cards, in the searcher's language. */
export const search = async (
  turn: Turn,
  query: MessagingExtensionQuery,
): Promise<MessagingExtensionResponse> => {
  const text = String(query.parameters?.find((p) => p.name === 'query')?.value ?? '');
  const found = turn.who.ok ? await turn.deps.desk.search(text, 25) : [];
  turn.deps.log.debug('teams_search', { results: found.length });
  const { t, locale } = turn.speech;
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
};
