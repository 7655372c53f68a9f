import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import { suggest } from '../shared/suggest.ts';

/** Every command of the one grammar all channels share (architecture.md, "Commands"). */
export type Command =
  | { readonly name: 'help'; readonly topic?: string }
  | { readonly name: 'customers'; readonly query?: string }
  | { readonly name: 'list'; readonly customer: string }
  | { readonly name: 'show'; readonly reservation: string }
  | { readonly name: 'refund'; readonly reservation: string; readonly quantity?: number }
  | { readonly name: 'exchange'; readonly reservation: string }
  | { readonly name: 'scope'; readonly reservation: string; readonly scope?: string }
  | { readonly name: 'access'; readonly reservation: string }
  | { readonly name: 'cap'; readonly customer: string }
  | { readonly name: 'requests'; readonly status?: string }
  | { readonly name: 'request'; readonly requestId: string }
  | { readonly name: 'roles'; readonly agent?: string }
  | { readonly name: 'language'; readonly locale?: string };

export type CommandName = Command['name'];

/** The command words, in the order `help` lists them. */
export const commandNames: readonly CommandName[] = [
  'help',
  'customers',
  'list',
  'show',
  'refund',
  'exchange',
  'scope',
  'access',
  'cap',
  'requests',
  'request',
  'roles',
  'language',
];

/** Usage lines, in the grammar's own notation (not translated: they are syntax). */
export const usage: Readonly<Record<CommandName, string>> = {
  help: 'help [command]',
  customers: 'customers [search]',
  list: 'list <customer>',
  show: 'show <reservation>',
  refund: 'refund <reservation> [quantity]',
  exchange: 'exchange <reservation>',
  scope:
    'scope <reservation> [shared | <subscription> | <resource group ID> | <management group ID>]',
  access: 'access <reservation>',
  cap: 'cap <customer>',
  requests: 'requests [status]',
  request: 'request <request ID>',
  roles: 'roles [agent]',
  language: 'language [en-US | zh-CN | auto]',
};

/** Splits on white space, keeping "quoted words" (double or single quotes) together. */
export const tokenize = (text: string): string[] => {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(pattern)) tokens.push(m[1] ?? m[2] ?? m[3] ?? '');
  return tokens;
};

/** A command without its argument: the catalog says what is missing, in the reader's language. */
const missing = (
  name: CommandName,
  what: 'customer' | 'reservation' | 'request',
): Result<never, DomainError> => fail('INVALID_ARGUMENTS', { missing: what, usage: usage[name] });

/**
 * Parses what a person typed after `/reservation` (the prefix itself is optional). Empty input is
 * `help`; an unknown word is refused with the nearest commands.
 */
export const parseCommand = (input: string): Result<Command, DomainError> => {
  const tokens = tokenize(input.trim().replace(/^\/?reservation\b/i, ''));
  const [word, ...rest] = tokens;
  if (word === undefined) return ok({ name: 'help' });
  const name = word.toLowerCase() as CommandName;
  const args = rest.join(' ').trim();
  switch (name) {
    case 'help':
      return ok(args === '' ? { name } : { name, topic: args.toLowerCase() });
    case 'customers':
      return ok(args === '' ? { name } : { name, query: args });
    case 'requests':
      return ok(args === '' ? { name } : { name, status: args });
    case 'roles':
      return ok(args === '' ? { name } : { name, agent: args });
    case 'language':
      return ok(args === '' ? { name } : { name, locale: args });
    case 'request':
      return args === '' ? missing(name, 'request') : ok({ name, requestId: args });
    case 'list':
    case 'cap':
      return args === '' ? missing(name, 'customer') : ok({ name, customer: args });
    case 'show':
    case 'exchange':
    case 'access':
      return args === '' ? missing(name, 'reservation') : ok({ name, reservation: args });
    case 'refund': {
      if (rest.length === 0) return missing(name, 'reservation');
      const last = rest[rest.length - 1] ?? '';
      if (rest.length > 1 && /^-?\d+(\.\d+)?$/.test(last)) {
        const quantity = Number(last);
        return ok({ name, reservation: rest.slice(0, -1).join(' '), quantity });
      }
      return ok({ name, reservation: args });
    }
    case 'scope': {
      const [reservation, ...scope] = rest;
      if (reservation === undefined) return missing(name, 'reservation');
      return ok(
        scope.length === 0 ? { name, reservation } : { name, reservation, scope: scope.join(' ') },
      );
    }
    default:
      return fail('UNKNOWN_COMMAND', {
        command: Array.from(word).slice(0, 60).join(''),
        suggestions: suggest(word, commandNames),
      });
  }
};
