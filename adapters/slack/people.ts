import type { WebClient } from '@slack/web-api';
import type { ContactHints } from '../../src/approvals/contact.ts';
import type { Logger } from '../system/logger.ts';

/** What the bot reads from a Slack profile: the language it answers in, and the contact hints. */
export interface SlackPerson {
  /** Slack's user locale ("zh-CN", "en-GB"), asked for with `include_locale`. */
  readonly locale?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly phone?: string;
  readonly timeZone?: string;
}

/** Slack profiles by user ID, asked once per person and remembered for a while. */
export interface SlackPeople {
  /** The person's profile, or undefined when Slack will not say (logged once per failed lookup). */
  get(client: WebClient, userId: string): Promise<SlackPerson | undefined>;
}

export interface SlackPeopleOptions {
  readonly log: Logger;
  /** Milliseconds since the epoch; injectable for tests. */
  readonly now?: () => number;
  /** How long an answer is kept: a busy channel should not call users.info on every click. */
  readonly ttlInMs?: number;
  /** How long a failed lookup is kept, so a missing scope costs one warning, not one per click. */
  readonly failureTtlInMs?: number;
  /** How many people are remembered; the oldest answer goes first. */
  readonly maxEntries?: number;
  /** A lookup slower than this answers undefined (Slack waits 3 s for a modal's trigger). */
  readonly timeoutInMs?: number;
}

const lookup = async (
  client: WebClient,
  userId: string,
  timeoutInMs: number,
): Promise<SlackPerson> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`users.info took over ${timeoutInMs} ms`)),
      timeoutInMs,
    );
  });
  try {
    const r = await Promise.race([client.users.info({ user: userId, include_locale: true }), late]);
    const u = r.user;
    if (u === undefined) return {};
    const person: Record<string, string> = {};
    if (u.locale) person.locale = u.locale;
    if (u.profile?.first_name) person.firstName = u.profile.first_name;
    if (u.profile?.last_name) person.lastName = u.profile.last_name;
    if (u.profile?.phone) person.phone = u.profile.phone;
    if (u.tz) person.timeZone = u.tz;
    return person;
  } finally {
    clearTimeout(timer);
  }
};

/**
 * One `users.info` call per person per `ttlInMs` (10 minutes unless told), shared by everything
 * that needs the profile: the language of every answer and the modal's contact hints. Concurrent
 * asks for one person share one call. A failure is remembered for `failureTtlInMs` (1 minute) and
 * answers undefined: callers fall back (English, the directory), the command still works.
 */
export const createSlackPeople = (o: SlackPeopleOptions): SlackPeople => {
  const now = o.now ?? Date.now;
  const ttl = o.ttlInMs ?? 10 * 60_000;
  const failureTtl = o.failureTtlInMs ?? 60_000;
  const max = o.maxEntries ?? 1000;
  const timeout = o.timeoutInMs ?? 2000;
  const known = new Map<
    string,
    { readonly until: number; readonly person: Promise<SlackPerson | undefined> }
  >();
  const remember = (userId: string, until: number, person: Promise<SlackPerson | undefined>) => {
    known.delete(userId);
    known.set(userId, { until, person });
    // A Map iterates in insertion order: the first key is the oldest answer.
    while (known.size > max) known.delete(known.keys().next().value as string);
  };
  return {
    get: (client, userId) => {
      const hit = known.get(userId);
      if (hit !== undefined && hit.until > now()) return hit.person;
      const person = lookup(client, userId, timeout).catch((error: unknown) => {
        remember(userId, now() + failureTtl, Promise.resolve(undefined));
        o.log.warn('slack_profile_unavailable', {
          user: userId,
          error: error instanceof Error ? error.message : String(error),
          action:
            'Answers go out in English and the form falls back to the directory. Check the app has the users:read scope and that Slack is reachable.',
        });
        return undefined;
      });
      remember(userId, now() + ttl, person);
      return person;
    },
  };
};

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

/** What Slack knows of a person that the support contact needs; nothing when Slack would not say. */
export const profileHints = (p: SlackPerson | undefined): ContactHints => {
  if (p === undefined) return {};
  const { locale, ...hints } = p;
  const country = alpha3[(locale ?? '').split('-')[1]?.toUpperCase() ?? ''];
  return country === undefined ? hints : { ...hints, country };
};
