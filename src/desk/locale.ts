import { defaultLocale, matchLocale, supportedLocales } from '../messages/catalog.ts';
import type { Agent } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import type { DeskContext } from './deps.ts';

const keyOf = (agent: Agent) => agent.email.toLowerCase();

/**
 * The language to answer a person in: their own choice (the `language` command) wins, then what
 * their chat app reports (Slack's user locale, Teams' activity locale, the console's LANG), then
 * English.
 */
export const localeFor = async (
  ctx: DeskContext,
  agent: Agent | undefined,
  reported?: string,
): Promise<string> => {
  const chosen =
    agent === undefined ? undefined : (await ctx.store.read()).settings.locales[keyOf(agent)];
  return chosen ?? matchLocale(reported) ?? defaultLocale;
};

/** Sets (or with "auto", clears) a person's language, for every channel. Answers the locale now in force. */
export const setLocale = async (
  ctx: DeskContext,
  agent: Agent,
  requested: string,
): Promise<Result<string | undefined, DomainError>> => {
  const auto = /^(auto|default|reset)$/i.test(requested.trim());
  const locale = auto ? undefined : matchLocale(requested);
  if (!auto && locale === undefined)
    return fail('UNSUPPORTED_LOCALE', {
      locale: requested.trim().slice(0, 40),
      supported: supportedLocales,
    });
  await ctx.store.update((state) => {
    const locales = { ...state.settings.locales };
    if (locale === undefined) delete locales[keyOf(agent)];
    else locales[keyOf(agent)] = locale;
    state.settings = { ...state.settings, locales };
  });
  return ok(locale);
};
