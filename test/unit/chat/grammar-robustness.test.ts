import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/chat/grammar.ts';
import { errorCodes } from '../../../src/shared/errors.ts';

/** A Result of the grammar: a command, or a refusal whose code is in the closed union. */
const isResult = (r: ReturnType<typeof parseCommand>): boolean =>
  r.ok
    ? typeof r.value.name === 'string'
    : (errorCodes as readonly string[]).includes(r.error.code) && r.error.message.length > 0;

describe('parseCommand on large input', () => {
  it('parses a 20 kB reservation name without throwing', () => {
    const name = 'x'.repeat(20_000);
    expect(parseCommand(`show ${name}`)).toEqual({
      ok: true,
      value: { name: 'show', reservation: name },
    });
  });

  it('refuses a 20 kB unknown word, quoting at most 60 characters of it', () => {
    const r = parseCommand('q'.repeat(20_000));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('UNKNOWN_COMMAND');
    expect(r.error.details.command).toBe('q'.repeat(60));
    expect(r.error.message.length).toBeLessThan(200);
  });

  it('handles 20 kB of quotes and of short words', () => {
    expect(isResult(parseCommand('"'.repeat(20_000)))).toBe(true);
    expect(parseCommand(`refund ${'a '.repeat(10_000)}2`)).toMatchObject({
      ok: true,
      value: { name: 'refund', quantity: 2 },
    });
  });
});

describe('parseCommand on hostile input', () => {
  it.each([
    ['control characters', 'show \u0000\u0007\u001b[31m'],
    ['a lone control word', '\u0001\u0002'],
    ['an unbalanced double quote', 'show "VM_RI_D2s_weu'],
    ['an unbalanced single quote', "list 'Contoso"],
    ['only quotes', `"'"'`],
    ['emoji as the command', '🎉'],
    ['emoji in the argument', 'refund 🎉 2'],
    ['a lone surrogate', 'show \ud83c'],
    ['right-to-left override', 'list \u202eoststnoC'],
    ['zero-width spaces', '\u200bshow\u200b x'],
    ['a regex-looking name', 'show (.*)+$'],
  ])('returns a Result for %s', (_, input) => {
    expect(isResult(parseCommand(input))).toBe(true);
  });

  it('passes an unbalanced quote on as part of the name, for the lookup to refuse', () => {
    expect(parseCommand('show "VM_RI')).toEqual({
      ok: true,
      value: { name: 'show', reservation: '"VM_RI' },
    });
  });
});

describe('parseCommand properties', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])(
    'never throws on any string and always returns a Result',
    (input) => {
      expect(isResult(parseCommand(input))).toBe(true);
    },
  );

  test.prop([
    fc.constantFrom('show', 'list', 'cap', 'access', 'exchange'),
    fc.string({ minLength: 1 }),
  ])('gives the same command with or without the /reservation prefix', (word, arg) => {
    expect(parseCommand(`/reservation ${word} ${arg}`)).toEqual(parseCommand(`${word} ${arg}`));
  });
});
