import type { Channel } from '../approvals/model.ts';
import { can, type Permission, permissions, requirePermission } from '../approvals/roles.ts';
import type { Desk } from '../desk/index.ts';
import { describeScope } from '../desk/scope.ts';
import { supportedLocales, type TextKey } from '../messages/catalog.ts';
import { exchangeBasis } from '../quotes/exchange-quote.ts';
import type { Agent } from '../reservations/model.ts';
import { domainError } from '../shared/errors.ts';
import { unitListFormat } from '../shared/intl.ts';
import { today } from '../shared/time.ts';
import { type Command, parseCommand } from './grammar.ts';
import { para, type Reply, reply } from './reply.ts';
import { errorReply } from './views/error.ts';
import { translator } from './views/format.ts';
import { helpReply } from './views/help.ts';
import { quotedRefundReply } from './views/provider-quote.ts';
import { exchangeBasisReply } from './views/quotes.ts';
import { requestWithAudit } from './views/request-thread.ts';
import { capReply, customersReply, requestsReply, rolesReply } from './views/requests.ts';
import { accessReply, reservationReply, reservationsReply } from './views/reservation.ts';

/**
 * Rows of a `list` drawn in a chat message: Slack shows at most 50 blocks of 3,000 characters and
 * Teams cards have a size limit, so a customer with thousands of reservations is shown the soonest
 * to expire and told how many more there are. The console and the CLI draw every row.
 */
export const chatListRows = 25;

export interface CommandContext {
  readonly actor: Agent;
  readonly channel: Channel;
  /** The language to answer in (the desk's `localeFor`). */
  readonly locale?: string;
  /** What the person's app reports, for `language auto`. */
  readonly reportedLocale?: string;
}

/**
 * Runs one typed command for a known agent and returns the reply every channel draws. Submitting,
 * approving and recording settlements are actions (buttons, modals, prompts), not typed commands.
 */
export const handleText = async (desk: Desk, text: string, c: CommandContext): Promise<Reply> => {
  const parsed = parseCommand(text);
  return parsed.ok ? handleCommand(desk, parsed.value, c) : errorReply(parsed.error, c.locale);
};

export const handleCommand = async (
  desk: Desk,
  command: Command,
  c: CommandContext,
): Promise<Reply> => {
  const locale = c.locale ?? 'en-US';
  const t = translator(locale);
  const allowed = requirePermission(
    c.actor,
    command.name === 'scope' && command.scope !== undefined ? 'change-scope' : 'view',
  );
  if (!allowed.ok) return errorReply(allowed.error, locale);
  const fromResult = async <T>(
    promise: Promise<
      { ok: true; value: T } | { ok: false; error: Parameters<typeof errorReply>[0] }
    >,
    render: (value: T) => Reply,
  ) => {
    const r = await promise;
    return r.ok ? render(r.value) : errorReply(r.error, locale);
  };
  switch (command.name) {
    case 'help':
      return helpReply(t, command.topic);
    case 'customers':
      return fromResult(desk.customers(command.query), (list) => customersReply(list, t));
    case 'list':
      return fromResult(desk.reservations(command.customer), (v) =>
        reservationsReply(
          v.customer,
          v.reservations,
          t,
          locale,
          c.channel === 'slack' || c.channel === 'teams' ? chatListRows : undefined,
        ),
      );
    case 'show':
      return fromResult(desk.show(command.reservation), (v) => reservationReply(v, t, locale));
    case 'access':
      return fromResult(desk.show(command.reservation), (v) => accessReply(v, t));
    case 'refund':
      return fromResult(
        desk.quoteRefund({
          reservation: command.reservation,
          ...(command.quantity === undefined ? {} : { quantity: command.quantity }),
        }),
        (v) => quotedRefundReply(v, desk.policy, t, locale),
      );
    case 'exchange':
      return fromResult(desk.show(command.reservation), (v) => {
        const b = exchangeBasis({
          reservation: v.reservation,
          asOf: today(desk.clock),
          policy: desk.policy,
        });
        return b.ok ? exchangeBasisReply(v, b.value, t, locale) : errorReply(b.error, locale);
      });
    case 'scope': {
      if (command.scope === undefined) {
        return fromResult(desk.show(command.reservation), (v) =>
          reply(
            para(
              t('scope.current', {
                name: v.reservation.displayName,
                scope: describeScope(v.reservation.scope),
              }),
            ),
            para(t('scope.howTo'), 'muted'),
          ),
        );
      }
      const changed = await desk.changeScope(c.actor, {
        reservation: command.reservation,
        scope: command.scope,
        channel: c.channel,
      });
      if (!changed.ok) return errorReply(changed.error, locale);
      const { before, after } = changed.value;
      const note = para(
        t('scope.changed', {
          name: after.displayName,
          from: describeScope(before.scope),
          to: describeScope(after.scope),
        }),
        'success',
      );
      const shown = await desk.show(after.id);
      return shown.ok
        ? reply(note, ...reservationReply(shown.value, t, locale).blocks)
        : reply(note);
    }
    case 'cap':
      return fromResult(desk.cap(command.customer), (v) => capReply(v, t, locale));
    case 'requests':
      return fromResult(desk.requests(command.status), (list) =>
        requestsReply(list, t, locale, command.status),
      );
    case 'request': {
      const found = await desk.request(command.requestId);
      if (found === undefined)
        return errorReply(
          domainError('REQUEST_NOT_FOUND', { requestId: command.requestId }),
          locale,
        );
      const customers = await desk.customers();
      const domain = customers.ok
        ? (customers.value.find((s) => s.customer.id === found.customerId)?.customer.domain ?? '')
        : '';
      return requestWithAudit(found, await desk.auditOf(found.id), t, locale, domain);
    }
    case 'language': {
      if (command.locale === undefined) {
        const names = supportedLocales.map((l) => t(`language.name.${l}` as TextKey));
        return reply(
          para(
            t('language.current', {
              language: t(`language.name.${locale}` as TextKey),
              available: unitListFormat(locale).format(names),
            }),
          ),
        );
      }
      const set = await desk.setLocale(c.actor, command.locale);
      if (!set.ok) return errorReply(set.error, locale);
      const now = set.value ?? (await desk.localeFor(undefined, c.reportedLocale));
      const tNow = translator(now);
      return reply(
        para(
          tNow(set.value === undefined ? 'language.auto' : 'language.set', {
            language: tNow(`language.name.${now}` as TextKey),
          }),
          'success',
        ),
      );
    }
    case 'roles': {
      const agents = await desk.agents();
      const q = command.agent?.toLowerCase();
      const shown =
        q === undefined
          ? agents
          : agents.filter(
              (a) => a.name.toLowerCase().includes(q) || a.email.toLowerCase().includes(q),
            );
      const list = unitListFormat(locale);
      const may = (a: Agent) =>
        list.format(
          permissions.filter((p: Permission) => can(a, p)).map((p) => t(`permission.${p}`)),
        );
      return rolesReply(shown, t, may);
    }
  }
};
