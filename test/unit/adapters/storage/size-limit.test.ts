import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  journalPathOf,
  openLowdbStore,
  StoreTooLargeError,
} from '../../../../adapters/storage/lowdb-store.ts';
import { entry } from '../../../support/store-fixtures.ts';
import { storeOnDisk } from '../../../support/store-on-disk.ts';
import { createTempDir, type TempDir } from '../../../support/temp-dir.ts';

// V8 cannot make a string longer than ~537 million characters, so a store past that cannot be
// written as one JSON file. The tests make the whole-file write fail as V8 would (RangeError from
// JSON.stringify), since a store that large does not fit a test.
let dir: TempDir;
let storePath: string;
beforeEach(async () => {
  dir = await createTempDir();
  storePath = join(dir.path, 'store.json');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await dir.remove();
});

const original = JSON.stringify;
/** Makes lowdb's whole-file write (two-space-indented) fail as V8 does; counts the attempts. */
const fileTooLong = () => {
  const attempts = { count: 0 };
  vi.spyOn(JSON, 'stringify').mockImplementation((value, replacer, space) => {
    if (space === 2) {
      attempts.count += 1;
      throw new RangeError('Invalid string length');
    }
    return original(value, replacer as never, space);
  });
  return attempts;
};

const recorder = () => {
  const events: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  return {
    events,
    log: {
      warn: (event: string, fields: Record<string, unknown> = {}) =>
        events.push({ level: 'warn', event, fields }),
      error: (event: string, fields: Record<string, unknown> = {}) =>
        events.push({ level: 'error', event, fields }),
    },
  };
};

const big = (i: number) => entry(`${i} ${'x'.repeat(100_000)}`);

describe('a store too large to rewrite as one file', () => {
  it('keeps saving changes in the journal, says so once, and tries again only when it has doubled', async () => {
    const { events, log } = recorder();
    const store = await openLowdbStore({ path: storePath, log });
    const fileBefore = await readFile(storePath, 'utf8');
    const attempts = fileTooLong();

    // ~100 KB a line: the journal passes 1 MiB (where a compaction is due) after ~11 updates.
    for (let i = 0; i < 15; i += 1) await store.update((s) => void s.audit.push(big(i)));

    expect(attempts.count).toBe(1);
    expect(await readFile(storePath, 'utf8')).toBe(fileBefore);
    const refused = events.filter((e) => e.event === 'store_too_large_to_rewrite');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.level).toBe('error');
    expect(refused[0]?.fields).toMatchObject({
      path: storePath,
      journal: journalPathOf(storePath),
    });
    expect(String(refused[0]?.fields.action)).toContain('Updates are still saved, in the journal');

    // Not before the journal has doubled since the failed attempt; then once more.
    const doubled = 2 * Number(refused[0]?.fields.journalBytes);
    let i = 15;
    while ((await stat(journalPathOf(storePath))).size <= doubled) {
      expect(attempts.count).toBe(1);
      await store.update((s) => void s.audit.push(big(i)));
      i += 1;
    }
    await store.update((s) => void s.audit.push(big(i)));
    expect(attempts.count).toBe(2);

    vi.restoreAllMocks();
    const notes = (await storeOnDisk(storePath)).audit.map((a) =>
      Number.parseInt(a.note ?? '', 10),
    );
    expect(notes).toEqual(Array.from({ length: i + 1 }, (_, n) => n));
    // A store opened where the file can be written again folds the journal into it at once.
    const reopened = await openLowdbStore({ path: storePath });
    await reopened.update((s) => void s.audit.push(entry('after')));
    expect(JSON.parse(await readFile(storePath, 'utf8')).audit).toHaveLength(i + 2);
    expect((await readFile(journalPathOf(storePath), 'utf8').catch(() => '')).length).toBe(0);
  });

  it('fails a change that only a whole rewrite could save, saving nothing', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((s) => void s.audit.push(entry('one'), entry('two')));
    const before = await store.read();
    fileTooLong();

    const attempt = store.update((s) => void s.audit.splice(0, 1));

    await expect(attempt).rejects.toBeInstanceOf(StoreTooLargeError);
    await expect(attempt).rejects.toMatchObject({ code: 'STORE_TOO_LARGE' });
    await expect(attempt).rejects.toThrow(`The store ${storePath} is too large to rewrite`);
    expect(await store.read()).toBe(before);
    vi.restoreAllMocks();
    expect((await storeOnDisk(storePath)).audit).toEqual([entry('one'), entry('two')]);
  });

  it('warns at a start when the file passes three quarters of the limit, not before', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((s) => void s.audit.push(entry('one')));
    const size = (await stat(storePath)).size;

    const near = recorder();
    await openLowdbStore({ path: storePath, log: near.log, maxFileChars: size / 0.8 });
    expect(near.events.map((e) => [e.level, e.event])).toEqual([['warn', 'store_near_size_limit']]);
    expect(String(near.events[0]?.fields.action)).toContain('The store file is 80% of');

    const roomy = recorder();
    await openLowdbStore({ path: storePath, log: roomy.log, maxFileChars: size / 0.7 });
    const reading = recorder();
    await openLowdbStore({ path: storePath, log: reading.log, readOnly: true, maxFileChars: size });
    expect([...roomy.events, ...reading.events]).toEqual([]);
  });
});
