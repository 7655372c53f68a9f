import { describe, expect, it } from 'vitest';
import { parseCommand, usage } from '../../../src/chat/grammar.ts';

const refused = (input: string) => {
  const r = parseCommand(input);
  if (r.ok) throw new Error(`expected a refusal of ${JSON.stringify(input)}, got ${r.value.name}`);
  return r.error;
};

describe('parseCommand: unknown words', () => {
  it.each([
    ['lsit', 'list'],
    ['refnud', 'refund'],
    ['hlep', 'help'],
    ['shwo', 'show'],
    ['customer', 'customers'],
  ])('refuses %j and suggests %j', (word, suggestion) => {
    const e = refused(`${word} something`);
    expect(e.code).toBe('UNKNOWN_COMMAND');
    expect(e.details.command).toBe(word);
    expect(e.details.suggestions).toContain(suggestion);
    expect(e.message).toContain(`Did you mean "${suggestion}"`);
  });

  it('suggests nothing for a word far from every command', () => {
    const e = refused('xyzzy');
    expect(e.details.suggestions).toEqual([]);
    expect(e.message).not.toContain('Did you mean');
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'refuses the object key %j as a command',
    (word) => {
      expect(refused(word).code).toBe('UNKNOWN_COMMAND');
    },
  );
});

describe('parseCommand: missing arguments', () => {
  it.each([
    ['list', 'customer'],
    ['cap', 'customer'],
    ['show', 'reservation'],
    ['refund', 'reservation'],
    ['exchange', 'reservation'],
    ['scope', 'reservation'],
    ['access', 'reservation'],
    ['request', 'request'],
  ] as const)('refuses a bare %j with its usage line', (name, what) => {
    const e = refused(`/reservation ${name}`);
    expect(e.code).toBe('INVALID_ARGUMENTS');
    expect(e.details.usage).toBe(usage[name]);
    expect(e.message).toContain(`Say which ${what}`);
    expect(e.message).toContain(`Usage: ${usage[name]}`);
  });
});
