import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * "No reply bypasses the catalog": every sentence a person reads comes from src/messages, so it can
 * be translated. This guard reads the chat views and the command handler and fails on a string
 * literal that looks like English prose: three or more words of letters in a row ("Who has
 * access", "no customers match"). It is a heuristic, kept pragmatic on purpose:
 * - comments and import lines are dropped first (TSDoc is prose, and that is fine);
 * - catalog keys ('quote.capCaption'), IDs, URLs, syntax examples ('list Contoso Ltd', where a
 *   capitalised word follows a lower-case one) and "·"-joined data do not look like three words;
 * - a literal in a template (`${a} · ${b}`) is checked as one string, so data joined with
 *   punctuation passes, and a sentence spliced around placeholders is still caught.
 * When it fires, move the sentence into src/messages/en-us.ts and call `t(...)` instead.
 */
const root = join(import.meta.dirname, '../../../src/chat');
const scanned = [
  ...readdirSync(join(root, 'views'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, 'views', f)),
  join(root, 'handle.ts'),
];

const withoutComments = (code: string): string =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !/^\s*(import\b|\/\/)/.test(line))
    .map((line) => line.replace(/\s\/\/.*$/, ''))
    .join('\n');

const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const prose = /\b[A-Za-z][a-z]+ [a-z]{2,} [a-z]{2,}\b/;

/** The string literals of a source text that read like an English sentence. */
const sentencesIn = (code: string): string[] =>
  [...withoutComments(code).matchAll(literal)].map((m) => m[0]).filter((s) => prose.test(s));

/** Sample source lines; `#{` stands for a template placeholder's `$` + `{`. */
const source = (...lines: string[]) => lines.join('\n').replaceAll('#{', '$' + '{');

describe('no reply bypasses the message catalog', () => {
  it('flags English sentences in code, also inside templates and in lower case', () => {
    const code = source(
      "return para('Who has access to this');",
      'const x = `#{name} has no reservations`;',
      "field(label, 'none of these apply');",
    );
    expect(sentencesIn(code)).toEqual([
      "'Who has access to this'",
      source('`#{name} has no reservations`'),
      "'none of these apply'",
    ]);
  });

  it('ignores comments, imports, catalog keys, IDs, URLs and syntax examples', () => {
    const code = source(
      "import { text } from '../messages/the catalog file.ts';",
      '// Says who has access to the reservation.',
      '/** The refund quote: the three lines that add up. */',
      "t('quote.capCaption', { used });",
      "const example = 'list Contoso Ltd';",
      'const product = `#{r.reservedResourceType} · #{r.sku} · #{r.location}`;',
      'const url = `https://portal.azure.com/#@#{d}/resource`;',
      "const at = a.at.slice(0, 16).replace('T', ' ');",
    );
    expect(sentencesIn(code)).toEqual([]);
  });

  it('scans every view and the handler', () => {
    expect(scanned.length).toBeGreaterThanOrEqual(7);
  });

  it.each(scanned.map((f) => [f.slice(root.length + 1), f]))(
    'finds no hard-coded sentence in %s',
    (_, file) => {
      expect(sentencesIn(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
