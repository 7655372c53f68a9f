import type { WebClient } from '@slack/web-api';
import type { ContactHints } from '../../src/approvals/contact.ts';
import type { RequestRecord } from '../../src/approvals/model.ts';
import type { Reply } from '../../src/chat/reply.ts';
import { errorReply } from '../../src/chat/views/error.ts';
import { type Translate, translator } from '../../src/chat/views/format.ts';
import { requestCard } from '../../src/chat/views/request-card.ts';
import { followUpReply } from '../../src/chat/views/request-thread.ts';
import type { Desk } from '../../src/desk/index.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import type { Logger } from '../system/logger.ts';
import { fallbackText, toBlocks } from './blocks.ts';
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
}

export const locale = 'en-US';
export const t: Translate = translator(locale);

export const identify = (deps: SlackDeps, userId: string): Promise<Result<Agent, DomainError>> =>
  deps.desk.identify({ kind: 'slack', userId });

/** A message body (text for notifications, blocks to draw) from a reply. */
export const message = (r: Reply) => ({ text: fallbackText(r), blocks: toBlocks(r) });
export const errorMessage = (e: DomainError) => message(errorReply(e, locale));
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

/** The approval message in `channelId`: the card with only its decision buttons (follow-ups go in the thread). */
export const cardMessage = async (deps: SlackDeps, r: RequestRecord, channelId: string) =>
  messageIn(
    deps,
    requestCard(r, t, locale, await domainOf(deps.desk, r.customerId), { followUpsInThread: true }),
    channelId,
  );

/** The follow-up in the approval message's thread in `channelId`: settlement steps and links. */
export const followUpMessage = async (deps: SlackDeps, r: RequestRecord, channelId: string) =>
  messageIn(deps, followUpReply(r, t, locale, await domainOf(deps.desk, r.customerId)), channelId);

// Slack profiles carry a locale like en-GB; Azure support wants a 3-letter country.
const alpha3: Readonly<Record<string, string>> = {
  US: 'USA',
  GB: 'GBR',
  DE: 'DEU',
  FR: 'FRA',
  ES: 'ESP',
  IT: 'ITA',
  NL: 'NLD',
  IE: 'IRL',
  JP: 'JPN',
  CN: 'CHN',
  TW: 'TWN',
  HK: 'HKG',
  KR: 'KOR',
  IN: 'IND',
  AU: 'AUS',
  NZ: 'NZL',
  CA: 'CAN',
  BR: 'BRA',
  MX: 'MEX',
  SE: 'SWE',
  NO: 'NOR',
  DK: 'DNK',
  FI: 'FIN',
  PL: 'POL',
  CH: 'CHE',
  AT: 'AUT',
  BE: 'BEL',
  PT: 'PRT',
  SG: 'SGP',
  ZA: 'ZAF',
};

/** What Slack knows of a person that the support contact needs; nothing when Slack will not say. */
export const profileHints = async (
  client: WebClient,
  userId: string,
  log: Logger,
): Promise<ContactHints> => {
  try {
    const r = await client.users.info({ user: userId, include_locale: true });
    const u = r.user;
    if (u === undefined) return {};
    const region = (u.locale ?? '').split('-')[1]?.toUpperCase() ?? '';
    const hints: Record<string, string> = {};
    if (u.profile?.first_name) hints.firstName = u.profile.first_name;
    if (u.profile?.last_name) hints.lastName = u.profile.last_name;
    if (u.profile?.phone) hints.phone = u.profile.phone;
    if (u.tz) hints.timeZone = u.tz;
    const country = alpha3[region];
    if (country !== undefined) hints.country = country;
    return hints;
  } catch (error) {
    log.warn('slack_profile_unavailable', {
      error: error instanceof Error ? error.message : String(error),
      action: 'Check the app has the users:read scope; the form falls back to the directory.',
    });
    return {};
  }
};
