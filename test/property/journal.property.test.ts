import { copyFile, mkdir, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { journalPathOf, openLowdbStore } from '../../adapters/storage/lowdb-store.ts';
import type { RequestRecord } from '../../src/approvals/model.ts';
import type { StoreState } from '../../src/approvals/store-schema.ts';
import { entry, storedRequest } from '../support/store-fixtures.ts';
import { createTempDir } from '../support/temp-dir.ts';

// What an update may do to the store, as the desk's changes do it: add or replace a request,
// append audit lines (some large, so the journal outgrows the file and it is rewritten), change a
// setting, or drop the oldest audit line (not an append: a whole rewrite).
type Op =
  | { readonly kind: 'add' }
  | { readonly kind: 'replace'; readonly which: number; readonly status: string }
  | { readonly kind: 'audit'; readonly size: number }
  | { readonly kind: 'setting'; readonly locale: string }
  | { readonly kind: 'drop' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'add' as const }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      which: fc.nat(),
      status: fc.constantFrom('approved', 'rejected', 'filed'),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('audit' as const),
      size: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 200_000, max: 400_000 })),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('setting' as const),
      locale: fc.constantFrom('en-US', 'zh-CN'),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'drop' as const }), weight: 1 },
);

const apply = (s: StoreState, o: Op, n: number): void => {
  switch (o.kind) {
    case 'add':
      s.requests.push({ ...storedRequest(), id: `RD-P${n}` } as unknown as RequestRecord);
      return;
    case 'replace': {
      const i = s.requests.length === 0 ? -1 : o.which % s.requests.length;
      const r = s.requests[i];
      if (r === undefined) s.audit.push(entry(`nothing to replace ${n}`));
      else s.requests[i] = { ...r, status: o.status } as RequestRecord;
      return;
    }
    case 'audit':
      s.audit.push(entry(`${n}:${'x'.repeat(o.size)}`));
      return;
    case 'setting':
      s.settings = { locales: { ...s.settings.locales, [`p${n}@partner.example`]: o.locale } };
      return;
    case 'drop':
      s.audit = s.audit.length === 0 ? [entry(`first ${n}`)] : s.audit.slice(1);
      return;
  }
};

/** The parts of the state the updates touch, comparable across opens. */
const content = (s: StoreState) => JSON.stringify([s.requests, s.audit, s.settings]);

describe('the store journal under random updates and crashes', () => {
  test.prop(
    [fc.array(op, { minLength: 1, maxLength: 14 }), fc.double({ min: 0, max: 1, noNaN: true })],
    {
      numRuns: 25,
    },
  )('a reopened store is the state after the last update whose line is whole', async (ops, cut) => {
    const dir = await createTempDir('journal-prop-');
    try {
      const path = join(dir.path, 'store.json');
      const journal = journalPathOf(path);
      const store = await openLowdbStore({ path });
      // After each update: the state it acknowledged, and how long the journal then was.
      const history: { readonly state: string; readonly journalBytes: number }[] = [
        { state: content(await store.read()), journalBytes: 0 },
      ];
      for (const [n, o] of ops.entries()) {
        await store.update((s) => apply(s, o, n));
        const bytes = await stat(journal).then(
          (x) => x.size,
          () => 0,
        );
        history.push({ state: content(await store.read()), journalBytes: bytes });
      }
      // Every acknowledged state is what a new process reads.
      expect(content(await (await openLowdbStore({ path, readOnly: true })).read())).toBe(
        history.at(-1)?.state,
      );

      // A crash in the middle of the last appends: the journal cut anywhere after the last rewrite.
      let since = 0;
      for (const [i, h] of history.entries()) if (h.journalBytes === 0) since = i;
      const end = history.at(-1)?.journalBytes ?? 0;
      const at = Math.floor(cut * end);
      const crashed = join(dir.path, 'crashed');
      await mkdir(crashed);
      const copy = join(crashed, 'store.json');
      await copyFile(path, copy);
      await copyFile(journal, journalPathOf(copy)).catch(() => undefined);
      if (end > 0) await truncate(journalPathOf(copy), at);
      let expected = history[since]?.state;
      for (const h of history.slice(since)) if (h.journalBytes <= at) expected = h.state;

      const reopened = await openLowdbStore({ path: copy });
      expect(content(await reopened.read())).toBe(expected);
      // And it carries on: the next update lands after what was kept, and is read back.
      await reopened.update((s) => void s.audit.push(entry('after the crash')));
      const after = await (await openLowdbStore({ path: copy, readOnly: true })).read();
      expect(after.audit.at(-1)?.note).toBe('after the crash');
      expect(after.audit.length).toBe((JSON.parse(expected ?? '[]')[1] as unknown[]).length + 1);
    } finally {
      await dir.remove();
    }
  });
});
