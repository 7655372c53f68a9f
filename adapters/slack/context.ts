import type { WebClient } from '@slack/web-api';
import type { RequestRecord } from '../../src/approvals/model.ts';
import type { Reply } from '../../src/chat/reply.ts';
import { errorReply } from '../../src/chat/views/error.ts';
import { type Speech, speechIn } from '../../src/chat/views/format.ts';
import { requestCard } from '../../src/chat/views/request-card.ts';
import { followUpReply } from '../../src/chat/views/request-thread.ts';
import type { Desk } from '../../src/desk/index.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import type { Logger } from '../system/logger.ts';
import { fallbackText, toBlocks } from './blocks.ts';
import type { MessageRef } from './modals/small.ts';
import type { SlackPeople } from './people.ts';
import type { Seal } from './seal.ts';
import { sealButtons } from './tamper.ts';

/** What every Slack listener needs. */
export interface SlackDeps {
  readonly desk: Desk;
  readonly log: Logger;
  /** Where approval messages go; the channel the command ran in when unset. */
  readonly approvalChannel?: string;
  /** Seals request buttons and modal metadata, and opens them when they come back (tamper.ts). */
  readonly seal: Seal;
  /** Slack profiles (language, contact hints), one users.info call per person now and then. */
  readonly people: SlackPeople;
}

/**
 * The language to answer one person in, privately (ephemeral answers, modals, field errors): their
 * own choice (`language`) wins, then their Slack user locale, then English.
 */
export const speechOf = async (
  deps: SlackDeps,
  client: WebClient,
  userId: string,
  agent: Agent | undefined,
): Promise<Speech> =>
  speechIn(await deps.desk.localeFor(agent, (await deps.people.get(client, userId))?.locale));

/**
 * The language of a request's shared messages (the approval message and its thread): the
 * requester's, whoever posts or updates them, so the message never changes language when an
 * approver from another locale clicks. Derived, not stored: the requester's own choice, else their
 * Slack locale as Slack reports it now (users.info on their directory member ID), else English.
 */
export const requesterSpeech = async (
  deps: SlackDeps,
  client: WebClient,
  r: RequestRecord,
): Promise<Speech> => {
  const email = r.requestedBy.email.toLowerCase();
  const listed = (await deps.desk.agents()).find((a) => a.email.toLowerCase() === email);
  const requester: Agent = listed ?? { ...r.requestedBy, roles: [] };
  const slackLocale =
    requester.slackUserId === undefined
      ? undefined
      : (await deps.people.get(client, requester.slackUserId))?.locale;
  return speechIn(await deps.desk.localeFor(requester, slackLocale));
};

export const identify = (deps: SlackDeps, userId: string): Promise<Result<Agent, DomainError>> =>
  deps.desk.identify({ kind: 'slack', userId });

/** A message body (text for notifications, blocks to draw) from a reply. */
export const message = (r: Reply) => ({ text: fallbackText(r), blocks: toBlocks(r) });
export const errorMessage = (e: DomainError, speech: Speech) =>
  message(errorReply(e, speech.locale));
/** A one-line refusal in the catalog's words, drawn like an error. */
export const refusalMessage = (text: string) =>
  message({ blocks: [{ type: 'text', text, tone: 'error' }] });
/** A message for `channelId`: its request buttons sealed to that channel. */
export const messageIn = (deps: SlackDeps, r: Reply, channelId: string) =>
  sealButtons(deps.seal, message(r), channelId);

/**
 * Sends a private answer (response URL or ephemeral message). Slack refuses a response URL after
 * 30 minutes or five uses, and it may not be reachable: that is logged as a warning, not thrown.
 */
export const answerPrivately = async (log: Logger, send: () => Promise<unknown>): Promise<void> => {
  try {
    await send();
  } catch (error) {
    log.warn('slack_private_answer_failed', {
      error: error instanceof Error ? error.message : String(error),
      action:
        'The person saw no answer and can try again. If it is frequent, check outbound HTTPS to Slack.',
    });
  }
};

/** The tenant domain of a request's customer, for Azure portal links. */
export const domainOf = async (desk: Desk, customerId: string): Promise<string> => {
  const list = await desk.customers();
  return list.ok
    ? (list.value.find((c) => c.customer.id === customerId)?.customer.domain ?? '')
    : '';
};

/**
 * The approval message in `channelId`: the card with only its decision buttons (follow-ups go in
 * the thread), in the requester's language.
 */
export const cardMessage = (
  deps: SlackDeps,
  client: WebClient,
  r: RequestRecord,
  channelId: string,
) =>
  sharedMessage(deps, client, r, channelId, (speech, domain) =>
    requestCard(r, speech.t, speech.locale, domain, { followUpsInThread: true }),
  );

/** The follow-up in the approval message's thread in `channelId`: settlement steps and links. */
export const followUpMessage = (
  deps: SlackDeps,
  client: WebClient,
  r: RequestRecord,
  channelId: string,
) =>
  sharedMessage(deps, client, r, channelId, (speech, domain) =>
    followUpReply(r, speech.t, speech.locale, domain),
  );

/** A message about a request that everyone in `channelId` sees: in the requester's language. */
const sharedMessage = async (
  deps: SlackDeps,
  client: WebClient,
  r: RequestRecord,
  channelId: string,
  draw: (speech: Speech, customerDomain: string) => Reply,
) => {
  const speech = await requesterSpeech(deps, client, r);
  return messageIn(deps, draw(speech, await domainOf(deps.desk, r.customerId)), channelId);
};

/** After a decision: the approval message updated in place, and the follow-up in its thread once filed. */
export const showDecision = async (
  c: { readonly deps: SlackDeps; readonly client: WebClient; readonly ref: MessageRef },
  r: RequestRecord,
  postFollowUp: boolean,
) => {
  // Both are shared: they speak the requester's language, not the clicker's (context.ts).
  await c.client.chat.update({
    channel: c.ref.channelId,
    ts: c.ref.rootTs,
    ...(await cardMessage(c.deps, c.client, r, c.ref.channelId)),
  });
  if (postFollowUp && r.status === 'filed') {
    await c.client.chat.postMessage({
      channel: c.ref.channelId,
      thread_ts: c.ref.rootTs,
      ...(await followUpMessage(c.deps, c.client, r, c.ref.channelId)),
    });
  }
};
