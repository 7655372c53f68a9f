import { parseArgs } from 'node:util';
import type { Reply } from '../../src/chat/reply.ts';
import { errorReply } from '../../src/chat/views/error.ts';
import { translator } from '../../src/chat/views/format.ts';
import { exchangeQuoteReply, refundQuoteReply } from '../../src/chat/views/quotes.ts';
import { capReply, customersReply, requestsReply } from '../../src/chat/views/requests.ts';
import { reservationReply, reservationsReply } from '../../src/chat/views/reservation.ts';
import type { Desk } from '../../src/desk/index.ts';
import { exchangeQuoteJson, refundQuoteJson } from '../../src/quotes/quote-json.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import { parseDate } from '../../src/shared/time.ts';
import { compose } from '../compose.ts';
import { renderText } from '../render/text.ts';
import { loadConfig } from '../system/config.ts';
import { capJson, customersJson, requestJson, reservationJson } from './json.ts';
import { UsageError, usageText } from './usage.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly projectRoot: string;
  readonly color?: boolean;
}

const options = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  quantity: { type: 'string' },
  'as-of': { type: 'string' },
  'new-total': { type: 'string' },
  'new-type': { type: 'string' },
} as const;
type Flags = {
  json?: boolean;
  help?: boolean;
  quantity?: string;
  'as-of'?: string;
  'new-total'?: string;
  'new-type'?: string;
};

/** What one command produced: a reply for people and a document for `--json`. */
type Output = Result<{ reply: Reply; json: unknown }, DomainError>;

/**
 * The command-line interface of interfaces.md. Exit codes: 0 done, 1 refused (the error says why;
 * also a bad data, store or configuration file), 2 bad usage (help on stderr).
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  let flags: Flags;
  let words: string[];
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    flags = parsed.values;
    words = parsed.positionals;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${usageText()}`);
    return 2;
  }
  if (flags.help === true || words.length === 0) {
    (flags.help === true ? io.stdout : io.stderr)(usageText());
    return flags.help === true ? 0 : 2;
  }
  let run: (desk: Desk) => Promise<Output>;
  try {
    run = commandFor(words, flags);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${usageText()}`);
    return 2;
  }
  const json = flags.json === true;
  let desk: Desk;
  try {
    desk = (
      await compose(loadConfig(io.env, { cwd: io.cwd, projectRoot: io.projectRoot }), {
        readOnlyStore: true,
      })
    ).desk;
  } catch (error) {
    const e = error as Error & { code?: string; problems?: readonly string[] };
    if (e.code === undefined) throw error;
    if (json)
      io.stdout(
        `${JSON.stringify({ error: { code: e.code, message: e.message, problems: e.problems ?? [] } }, null, 2)}\n`,
      );
    else io.stderr(`${e.message}\n`);
    return 1;
  }
  const out = await run(desk);
  if (!out.ok) {
    if (json)
      io.stdout(
        `${JSON.stringify({ error: { code: out.error.code, message: out.error.message } }, null, 2)}\n`,
      );
    else io.stderr(`${renderText(errorReply(out.error), { color: io.color === true })}\n`);
    return 1;
  }
  io.stdout(
    json
      ? `${JSON.stringify(out.value.json, null, 2)}\n`
      : `${renderText(out.value.reply, { color: io.color === true })}\n`,
  );
  return 0;
};

const only = (flags: Flags, allowed: readonly (keyof Flags)[], command: string) => {
  for (const name of Object.keys(flags) as (keyof Flags)[]) {
    if (name !== 'json' && name !== 'help' && !allowed.includes(name))
      throw new UsageError(`--${name} does not apply to "${command}".`);
  }
};

const one = (words: string[], at: number, what: string, command: string): string => {
  const rest = words.slice(at).join(' ').trim();
  if (rest === '') throw new UsageError(`"${command}" needs ${what}.`);
  return rest;
};

const asOfFrom = (flags: Flags) => {
  if (flags['as-of'] === undefined) return { ok: true as const, value: undefined };
  return parseDate(flags['as-of']);
};

const t = translator();

/** Turns the words and flags into the work to do once the desk is up; throws UsageError. */
const commandFor = (words: string[], flags: Flags): ((desk: Desk) => Promise<Output>) => {
  const [command = '', kind] = words;
  switch (command) {
    case 'quote': {
      if (kind !== 'refund' && kind !== 'exchange')
        throw new UsageError('"quote" is followed by "refund" or "exchange".');
      const reservation = one(words, 2, 'a reservation (ID, order ID or name)', `quote ${kind}`);
      const quantity = flags.quantity === undefined ? {} : { quantity: flags.quantity };
      if (kind === 'refund') {
        only(flags, ['quantity', 'as-of'], 'quote refund');
        return async (desk) => {
          const asOf = asOfFrom(flags);
          if (!asOf.ok) return asOf;
          const q = await desk.quoteRefund({
            reservation,
            ...quantity,
            ...(asOf.value === undefined ? {} : { asOf: asOf.value }),
          });
          return q.ok
            ? {
                ok: true,
                value: {
                  reply: refundQuoteReply(q.value.view, q.value.quote, desk.policy, t, 'en-US'),
                  json: refundQuoteJson(q.value.quote),
                },
              }
            : q;
        };
      }
      only(flags, ['quantity', 'as-of', 'new-total', 'new-type'], 'quote exchange');
      const newTotal = flags['new-total'];
      if (newTotal === undefined)
        throw new UsageError(
          '"quote exchange" needs --new-total AMOUNT, the lifetime total of the new reservation.',
        );
      return async (desk) => {
        const asOf = asOfFrom(flags);
        if (!asOf.ok) return asOf;
        const q = await desk.quoteExchange({
          reservation,
          newTotal,
          ...quantity,
          ...(flags['new-type'] === undefined ? {} : { newType: flags['new-type'] }),
          ...(asOf.value === undefined ? {} : { asOf: asOf.value }),
        });
        return q.ok
          ? {
              ok: true,
              value: {
                reply: exchangeQuoteReply(q.value.view, q.value.quote, t, 'en-US'),
                json: exchangeQuoteJson(q.value.quote),
              },
            }
          : q;
      };
    }
    case 'customers': {
      only(flags, [], command);
      const query = words.slice(1).join(' ').trim();
      return async (desk) => {
        const r = await desk.customers(query === '' ? undefined : query);
        return r.ok
          ? { ok: true, value: { reply: customersReply(r.value, t), json: customersJson(r.value) } }
          : r;
      };
    }
    case 'list': {
      only(flags, [], command);
      const customer = one(words, 1, 'a customer (name, domain or ID)', command);
      return async (desk) => {
        const r = await desk.reservations(customer);
        return r.ok
          ? {
              ok: true,
              value: {
                reply: reservationsReply(r.value.customer, r.value.reservations, t, 'en-US'),
                json: r.value.reservations.map(reservationJson),
              },
            }
          : r;
      };
    }
    case 'show': {
      only(flags, [], command);
      const reservation = one(words, 1, 'a reservation (ID, order ID or name)', command);
      return async (desk) => {
        const r = await desk.show(reservation);
        return r.ok
          ? {
              ok: true,
              value: {
                reply: reservationReply(r.value, t, 'en-US'),
                json: reservationJson(r.value),
              },
            }
          : r;
      };
    }
    case 'cap': {
      only(flags, ['as-of'], command);
      const customer = one(words, 1, 'a customer (name, domain or ID)', command);
      return async (desk) => {
        const asOf = asOfFrom(flags);
        if (!asOf.ok) return asOf;
        const r = await desk.cap(customer, asOf.value);
        return r.ok
          ? { ok: true, value: { reply: capReply(r.value, t, 'en-US'), json: capJson(r.value) } }
          : r;
      };
    }
    case 'requests': {
      only(flags, [], command);
      const status = words.slice(1).join(' ').trim();
      return async (desk) => {
        const r = await desk.requests(status === '' ? undefined : status);
        return r.ok
          ? {
              ok: true,
              value: {
                reply: requestsReply(r.value, t, 'en-US', status === '' ? undefined : status),
                json: r.value.map(requestJson),
              },
            }
          : r;
      };
    }
    default:
      throw new UsageError(`"${command}" is not a command.`);
  }
};
