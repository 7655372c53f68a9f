import { fc } from '@fast-check/vitest';

// Mutations of valid JSON documents (Slack payloads, Teams activities) for fuzzing: a few random
// edits anywhere in the tree, so most of the document stays valid and the odd part reaches deep.

type Json = unknown;
type Path = readonly (string | number)[];

/** Every path in `doc`, the root first, in depth-first order. */
const pathsOf = (doc: Json, at: Path = []): Path[] => {
  if (Array.isArray(doc)) return [at, ...doc.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (typeof doc === 'object' && doc !== null)
    return [at, ...Object.entries(doc).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
};

/** One edit: where (an index into the paths, modulo their count), what, and with which value. */
export interface Mutation {
  readonly where: number;
  readonly op: 'replace' | 'delete' | 'add';
  readonly key: string;
  readonly value: Json;
}

/** Strings that break assumptions: empty, huge, control characters, markup, IDs of the wrong kind. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '<!channel>',
    '<@U0RESDESK>',
    '*_~`',
    '```',
    '{id}',
    '$' + '{x}',
    '__proto__',
    'constructor',
    'rd:__proto__',
    'rd:constructor',
    'RD-TEST0001',
    'RD-TEST0001~AAAAAAAAAAAAAAAAAAAAAA',
    'VM_RI_D2s_weu',
    '-1',
    '1e309',
    'NaN',
    '🎉'.repeat(50),
    'x'.repeat(3_000),
  ),
);

/** Any JSON value, hostile strings included; small. */
export const anyValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, [], {}),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  where: fc.nat(),
  op: fc.constantFrom('replace', 'replace', 'delete', 'add'),
  key: fc.oneof(fc.constantFrom('__proto__', 'type', 'value', 'id', 'constructor'), fc.string()),
  value: anyValue,
});

const setAt = (doc: Json, path: Path, edit: (parent: Json, key: string | number) => void): Json => {
  const parentPath = path.slice(0, -1);
  let parent: Json = doc;
  for (const k of parentPath) parent = (parent as Record<string | number, Json>)[k];
  const key = path.at(-1);
  if (key !== undefined) edit(parent, key);
  return doc;
};

/** `doc` with `mutations` applied, in order, to a deep copy. */
export const mutate = (doc: Json, mutations: readonly Mutation[]): Json => {
  let out: Json = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(out);
    const path = paths[m.where % paths.length] ?? [];
    if (path.length === 0) {
      if (m.op === 'replace') out = structuredClone(m.value);
      continue;
    }
    out = setAt(out, path, (parent, key) => {
      const p = parent as Record<string | number, Json>;
      const target = p[key];
      if (m.op === 'delete') {
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else delete p[key];
      } else if (m.op === 'add' && typeof target === 'object' && target !== null) {
        if (Array.isArray(target)) target.push(structuredClone(m.value));
        else
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      } else p[key] = structuredClone(m.value);
    });
  }
  return out;
};

/** A valid document with one to three random edits. */
export const mutated = (valid: Json): fc.Arbitrary<Json> =>
  fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate(valid, ms));
