import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src/messages/en-us.ts';

/**
 * A static companion to views-render.test.ts: that one renders the views, this one reads every
 * `t('key', { … })` call in src/chat (handle.ts too, which needs a whole Desk to render) and checks
 * that the call supplies each `{placeholder}` of the key's English text.
 */
const chatDir = join(import.meta.dirname, '../../../src/chat');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );

const placeholdersOf = (sentence: string) =>
  [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

/** The text from `from` to the bracket that closes the one just before it, skipping strings. */
const untilClose = (code: string, from: number): string => {
  let depth = 1;
  for (let i = from; i < code.length; i += 1) {
    const ch = code[i] ?? '';
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = code.indexOf(ch, i + 1);
      i = end < 0 ? code.length : end;
    } else if ('({['.includes(ch)) depth += 1;
    else if (')}]'.includes(ch)) {
      depth -= 1;
      if (depth === 0) return code.slice(from, i);
    }
  }
  return code.slice(from);
};

/** Top-level property names of an object literal's body ("a: x, b, c: f(d, e)" → a, b, c). */
const keysOf = (body: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i] ?? '';
    if ('({['.includes(ch)) depth += 1;
    else if (')}]'.includes(ch)) depth -= 1;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.flatMap((p) => /^\s*(\w+)\s*(?::|$)/.exec(p)?.[1] ?? []);
};

interface CallSite {
  readonly key: string;
  readonly supplied: readonly string[];
}

/** Every `t('literal.key'[, { … }])` call of a source text. */
const callSites = (code: string): CallSite[] =>
  [...code.matchAll(/\bt\(\s*'([\w.-]+)'\s*(,\s*\{)?/g)].map((m) => ({
    key: m[1] ?? '',
    supplied: m[2] === undefined ? [] : keysOf(untilClose(code, (m.index ?? 0) + m[0].length)),
  }));

const missing = (site: CallSite): string[] => {
  const sentence = (enUS.text as Readonly<Record<string, string>>)[site.key];
  if (sentence === undefined) return [`no such key ${site.key}`];
  return placeholdersOf(sentence).filter((p) => !site.supplied.includes(p));
};

describe('catalog placeholders are supplied by their callers', () => {
  it('reads the keys a call supplies, nested calls and shorthand included', () => {
    const code = `t('quote.capCaption', { used: m(q.cap.used), counted, limit: f({ a: 1 }, 2),\n remaining: x })`;
    expect(callSites(code)).toEqual([
      { key: 'quote.capCaption', supplied: ['used', 'counted', 'limit', 'remaining'] },
    ]);
  });

  it('notices a placeholder the call does not supply', () => {
    expect(missing({ key: 'list.title', supplied: ['customer'] })).toEqual(['count']);
    expect(missing({ key: 'list.title', supplied: [] })).toEqual(['customer', 'count']);
  });

  const files = sources(chatDir);
  const sites = files.flatMap((f) =>
    callSites(readFileSync(f, 'utf8')).map((s) => [f.slice(chatDir.length + 1), s] as const),
  );

  it('finds the catalog calls of the chat views and the handler', () => {
    expect(sites.length).toBeGreaterThan(50);
    expect(sites.map(([f]) => f)).toContain('handle.ts');
  });

  it.each(sites.map(([file, site]) => [file, site.key, site] as const))(
    "%s: t('%s') supplies every placeholder",
    (_file, _key, site) => {
      expect(missing(site)).toEqual([]);
    },
  );
});
