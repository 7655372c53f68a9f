import { mkdir, readdir, readFile, rmdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  journalPathOf,
  openLowdbStore,
  StoreFileError,
  StoreReadOnlyError,
} from '../../../../adapters/storage/lowdb-store.ts';
import type { RequestRecord } from '../../../../src/approvals/model.ts';
import { emptyStoreState } from '../../../../src/approvals/store-schema.ts';
import { entry, storedRequest } from '../../../support/store-fixtures.ts';
import { storeOnDisk } from '../../../support/store-on-disk.ts';
import { createTempDir, type TempDir } from '../../../support/temp-dir.ts';

const snapshot = async (path: string) => ({
  bytes: await readFile(path),
  mtimeMs: (await stat(path)).mtimeMs,
});

let dir: TempDir;
let storePath: string;
beforeEach(async () => {
  dir = await createTempDir();
  storePath = join(dir.path, 'store.json');
});
afterEach(() => dir.remove());

/** What a new process would read: the file with its journal laid over. */
const onDisk = async (path = storePath): Promise<unknown> => storeOnDisk(path);

describe('openLowdbStore', () => {
  it('creates the file and its folder with the empty state and schemaVersion on first open', async () => {
    const path = join(dir.path, 'data', 'nested', 'store.json');
    const store = await openLowdbStore({ path });

    expect(store.path).toBe(path);
    expect(await onDisk(path)).toEqual({ ...emptyStoreState(), schemaVersion: 1 });
    expect(await store.read()).toEqual(emptyStoreState());
  });

  it('persists an update, resolves with its return value, and a fresh open reads it back', async () => {
    const store = await openLowdbStore({ path: storePath });

    const count = await store.update((state) => state.audit.push(entry('first')));

    expect(count).toBe(1);
    expect((await store.read()).audit).toEqual([entry('first')]);
    const reopened = await openLowdbStore({ path: storePath });
    expect((await reopened.read()).audit).toEqual([entry('first')]);
  });

  it('runs 20 concurrent updates one after another, in call order', async () => {
    const store = await openLowdbStore({ path: storePath });
    const notes = Array.from({ length: 20 }, (_, i) => `update ${i}`);

    const lengths = await Promise.all(
      notes.map((note) => store.update((state) => state.audit.push(entry(note)))),
    );

    expect(lengths).toEqual(notes.map((_, i) => i + 1));
    expect((await store.read()).audit.map((e) => e.note)).toEqual(notes);
    const reopened = await openLowdbStore({ path: storePath });
    expect((await reopened.read()).audit.map((e) => e.note)).toEqual(notes);
  });

  it('leaves memory and disk unchanged when a change throws, and keeps serving later updates', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((state) => state.audit.push(entry('kept')));
    const before = await snapshot(storePath);
    const failure = new Error('change refused');

    const fails = () =>
      store.update((state) => {
        state.audit.push(entry('lost'));
        throw failure;
      });

    // Alone, so nothing else can write meanwhile: the file is not touched at all.
    await expect(fails()).rejects.toBe(failure);
    expect(await snapshot(storePath)).toEqual(before);
    expect((await store.read()).audit.map((e) => e.note)).toEqual(['kept']);

    // Queued behind a failing change, the next one still runs and nothing of the failure remains.
    const failed = fails();
    const later = store.update((state) => state.audit.push(entry('later')));
    await expect(failed).rejects.toBe(failure);
    expect(await later).toBe(2);
    expect((await store.read()).audit.map((e) => e.note)).toEqual(['kept', 'later']);
    expect(await onDisk()).toEqual(await store.read());
  });

  it('keeps the previous state in memory when the write fails, and recovers once it can write', async () => {
    const store = await openLowdbStore({ path: storePath });
    const before = await store.read();
    // An update appends to the journal beside the store; a folder in its place makes that fail.
    const blocker = journalPathOf(storePath);
    await mkdir(blocker);

    await expect(store.update((state) => state.audit.push(entry('lost')))).rejects.toThrow();
    expect(await store.read()).toBe(before);
    expect(JSON.parse(await readFile(storePath, 'utf8'))).toEqual(emptyStoreState());

    await rmdir(blocker);
    await store.update((state) => state.audit.push(entry('saved')));
    expect((await storeOnDisk(storePath)).audit).toEqual([entry('saved')]);
  });

  it('never changes a state already handed out by read(), but for audit lines appended after it', async () => {
    const store = await openLowdbStore({ path: storePath });
    const pending = { ...storedRequest(), id: 'RD-1' } as unknown as RequestRecord;
    await store.update((state) => {
      state.requests.push(pending);
      state.audit.push(entry('first'));
    });
    const earlier = await store.read();

    await store.update((state) => {
      state.requests[0] = { ...pending, status: 'approved' };
      state.requests.push({ ...pending, id: 'RD-2' });
      state.audit.push(entry('second'));
      state.settings.locales['ana@partner.example'] = 'zh-CN';
    });

    expect(earlier.requests).toEqual([pending]);
    expect(earlier.settings.locales).toEqual({});
    // The audit list is append-only and shared, so it is not copied for each update.
    expect(earlier.audit).toEqual([entry('first'), entry('second')]);
    expect((await store.read()).requests.map((r) => [r.id, r.status])).toEqual([
      ['RD-1', 'approved'],
      ['RD-2', 'pending_approval'],
    ]);
  });

  it('keeps no audit line of a change that failed, in memory or on disk', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((state) => state.audit.push(entry('kept')));
    const before = await store.read();

    await expect(
      store.update((state) => {
        state.audit.push(entry('lost'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    expect(await store.read()).toBe(before);
    expect(before.audit).toEqual([entry('kept')]);
    expect((await onDisk()) as { audit: unknown }).toMatchObject({ audit: [entry('kept')] });
  });

  it('writes a change that edits the audit list, not only appends to it, as a whole file', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((state) => state.audit.push(entry('one'), entry('two'), entry('three')));
    const earlier = await store.read();

    await store.update((state) => {
      state.audit.push(entry('four'));
      state.audit.splice(1, 1);
    });

    const names = ['one', 'three', 'four'].map(entry);
    expect((await store.read()).audit).toEqual(names);
    expect(earlier.audit).toEqual([entry('one'), entry('two'), entry('three')]);
    expect(JSON.parse(await readFile(storePath, 'utf8')).audit).toEqual(names);
    expect(await readFile(journalPathOf(storePath), 'utf8').catch(() => '')).toBe('');
  });

  it('refuses a file that is not valid JSON, naming its path, and leaves it untouched', async () => {
    await writeFile(storePath, '{"schemaVersion": 1, "requests": [');
    const before = await snapshot(storePath);

    const error = await openLowdbStore({ path: storePath }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreFileError);
    expect(error).toMatchObject({ code: 'STORE_INVALID', path: storePath });
    expect((error as Error).message).toContain(storePath);
    expect((error as Error).message).toContain('never overwrites it');
    expect(await snapshot(storePath)).toEqual(before);
  });

  it('refuses a schema-invalid file listing every bad field path, and leaves it untouched', async () => {
    const { reason: _, ...withoutReason } = storedRequest();
    const bad = {
      ...emptyStoreState(),
      requests: [storedRequest(), { ...withoutReason, status: 'bogus' }],
      audit: [{ ...entry('x'), channel: 'fax' }],
    };
    await writeFile(storePath, JSON.stringify(bad, null, 2));
    const before = await snapshot(storePath);

    const error = await openLowdbStore({ path: storePath }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreFileError);
    const { problems, message } = error as StoreFileError;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'audit[0].channel',
      'requests[1].reason',
      'requests[1].status',
    ]);
    for (const problem of problems) expect(message).toContain(problem);
    expect(message).toContain(storePath);
    expect(await snapshot(storePath)).toEqual(before);
  });

  it('refuses a file from another schemaVersion with a message of its own', async () => {
    await writeFile(storePath, JSON.stringify({ ...emptyStoreState(), schemaVersion: 2 }));
    const before = await snapshot(storePath);

    const error = await openLowdbStore({ path: storePath }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as StoreFileError).problems).toEqual(['schemaVersion: expected 1, found 2']);
    expect((error as Error).message).toContain('schemaVersion 2');
    expect(await snapshot(storePath)).toEqual(before);
  });

  it('treats a file holding null as invalid rather than missing, and keeps it', async () => {
    await writeFile(storePath, 'null');

    await expect(openLowdbStore({ path: storePath })).rejects.toBeInstanceOf(StoreFileError);
    expect(await readFile(storePath, 'utf8')).toBe('null');
  });

  it('in read-only mode creates nothing for a missing file and refuses updates', async () => {
    const store = await openLowdbStore({ path: storePath, readOnly: true });

    expect(await store.read()).toEqual(emptyStoreState());
    await expect(store.update(() => 1)).rejects.toBeInstanceOf(StoreReadOnlyError);
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('in read-only mode reads an existing file and leaves it untouched', async () => {
    const writer = await openLowdbStore({ path: storePath });
    await writer.update((state) => state.audit.push(entry('saved')));
    const before = await snapshot(storePath);

    const reader = await openLowdbStore({ path: storePath, readOnly: true });

    expect((await reader.read()).audit).toEqual([entry('saved')]);
    await expect(reader.update(() => 1)).rejects.toMatchObject({ code: 'STORE_READ_ONLY' });
    expect(await snapshot(storePath)).toEqual(before);
  });
});
