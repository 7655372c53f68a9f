import type { Reply } from '../../src/chat/reply.ts';
import { translator } from '../../src/chat/views/format.ts';
import { quotedRefundReply } from '../../src/chat/views/provider-quote.ts';
import { exchangeQuoteReply } from '../../src/chat/views/quotes.ts';
import { capReply, customersReply, requestsReply } from '../../src/chat/views/requests.ts';
import { reservationReply, reservationsReply } from '../../src/chat/views/reservation.ts';
import type { Desk } from '../../src/desk/index.ts';
import { exchangeQuoteJson, refundQuoteJson } from '../../src/quotes/quote-json.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import { parseDate } from '../../src/shared/time.ts';
import { capJson, customersJson, requestJson, reservationJson } from './json.ts';
import { UsageError } from './usage.ts';

export type Flags = {
  json?: boolean;
  help?: boolean;
  quantity?: string;
  'as-of'?: string;
  'new-total'?: string;
  'new-type'?: string;
};

/** What one command produced: a reply for people and a document for `--json`. */
export type Output = Result<{ reply: Reply; json: unknown }, DomainError>;

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
export const commandFor = (words: string[], flags: Flags): ((desk: Desk) => Promise<Output>) => {
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
                  reply: quotedRefundReply(q.value, desk.policy, t, 'en-US'),
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
