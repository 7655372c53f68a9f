import { appendFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeBetween } from '../../../../adapters/storage/journal.ts';
import { readJournal } from '../../../../adapters/storage/journal-file.ts';
import {
  journalPathOf,
  openLowdbStore,
  StoreFileError,
} from '../../../../adapters/storage/lowdb-store.ts';
import type { RequestRecord } from '../../../../src/approvals/model.ts';
import { emptyStoreState, type StoreState } from '../../../../src/approvals/store-schema.ts';
import { entry, storedRequest } from '../../../support/store-fixtures.ts';
import { storeOnDisk } from '../../../support/store-on-disk.ts';
import { createTempDir, type TempDir } from '../../../support/temp-dir.ts';

const request = (id: string, status = 'pending_approval') =>
  ({ ...storedRequest(), id, status }) as unknown as RequestRecord;

let dir: TempDir;
let storePath: string;
let journalPath: string;
beforeEach(async () => {
  dir = await createTempDir();
  storePath = `${dir.path}/store.json`;
  journalPath = journalPathOf(storePath);
});
afterEach(() => dir.remove());

const journalLines = async () =>
  (await readFile(journalPath, 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('what an update changed (changeBetween)', () => {
  const base = (): StoreState => ({
    ...emptyStoreState(),
    requests: [request('REQ-1'), request('REQ-2')],
    audit: [entry('a')],
  });

  it('finds a replaced request, new requests and appended records, and nothing else', () => {
    const before = base();
    const changed = request('REQ-2', 'rejected');
    const added = request('REQ-3');
    const after: StoreState = {
      ...before,
      requests: [before.requests[0] as RequestRecord, changed, added],
      audit: [...before.audit, entry('b')],
    };
    expect(changeBetween(before, after)).toEqual({
      requests: [changed, added],
      audit: [entry('b')],
    });
  });

  it('answers nothing for an update that changed nothing, and the settings when they changed', () => {
    const before = base();
    expect(changeBetween(before, { ...before, requests: [...before.requests] })).toBeUndefined();
    const settings = { locales: { 'ana@partner.example': 'zh-CN' } };
    expect(changeBetween(before, { ...before, settings })).toEqual({ settings });
  });

  it('asks for a rewrite when a list shrank, a record was replaced mid-list, or requests moved', () => {
    const before = base();
    const [one, two] = before.requests as [RequestRecord, RequestRecord];
    expect(changeBetween(before, { ...before, audit: [] })).toBe('rewrite');
    expect(changeBetween(before, { ...before, audit: [entry('a')] })).toBe('rewrite');
    expect(changeBetween(before, { ...before, requests: [two, one] })).toBe('rewrite');
    expect(changeBetween(before, { ...before, requests: [one] })).toBe('rewrite');
  });
});

describe('the store journal', () => {
  it('appends one line per update instead of rewriting the store file, and a new open reads it', async () => {
    const store = await openLowdbStore({ path: storePath });
    const file = await readFile(storePath);
    const mtime = (await stat(storePath)).mtimeMs;

    await store.update((s) => void s.requests.push(request('REQ-1')));
    await store.update((s) => void s.audit.push(entry('one')));

    expect(await readFile(storePath)).toEqual(file);
    expect((await stat(storePath)).mtimeMs).toBe(mtime);
    expect(await journalLines()).toEqual([
      { seq: 1, requests: [request('REQ-1')] },
      { seq: 2, audit: [entry('one')] },
    ]);
    const reread = await storeOnDisk(storePath);
    expect(reread.requests.map((r) => r.id)).toEqual(['REQ-1']);
    expect(reread.audit).toEqual([entry('one')]);
  });

  it('refuses a change that edits a stored record in place: records are replaced, never edited', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((s) => void s.requests.push(request('REQ-1')));

    const edit = store.update((s) => {
      (s.requests[0] as { status: string }).status = 'approved';
    });

    await expect(edit).rejects.toThrow(TypeError);
    expect((await store.read()).requests[0]?.status).toBe('pending_approval');
    expect((await storeOnDisk(storePath)).requests[0]?.status).toBe('pending_approval');
  });

  it('keeps a setting when later lines carry no settings', async () => {
    const store = await openLowdbStore({ path: storePath });
    const locales = { 'ana@partner.example': 'zh-CN' };
    await store.update((s) => {
      s.settings = { locales };
    });
    await store.update((s) => void s.audit.push(entry('later')));

    expect((await storeOnDisk(storePath)).settings).toEqual({ locales });
  });

  it('writes nothing for an update that changes nothing', async () => {
    const store = await openLowdbStore({ path: storePath });
    expect(await store.update(() => 'nothing')).toBe('nothing');
    await expect(stat(journalPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('leaves out a last line cut off by a crash, cuts it away, and carries on after it', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((s) => void s.audit.push(entry('kept')));
    await appendFile(journalPath, '{"seq":2,"audit":[{"at":"2026-11-28T10:');

    const readOnly = await storeOnDisk(storePath);
    expect(readOnly.audit).toEqual([entry('kept')]);
    const reopened = await openLowdbStore({ path: storePath });
    expect((await reopened.read()).audit).toEqual([entry('kept')]);
    expect((await readFile(journalPath, 'utf8')).endsWith('}\n')).toBe(true);
    await reopened.update((s) => void s.audit.push(entry('after')));

    expect((await storeOnDisk(storePath)).audit).toEqual([entry('kept'), entry('after')]);
  });

  it('reads the journal a chunk at a time, whatever falls on a chunk boundary', async () => {
    const store = await openLowdbStore({ path: storePath });
    const notes = ['客户迁移到节省计划 🚚', 'plain', `${'长'.repeat(40)}é`, '', '✓ done'];
    for (const note of notes) await store.update((s) => void s.audit.push(entry(note)));
    await appendFile(journalPath, '{"seq":6,"audit":[{"note":"半');
    const whole = await readFile(journalPath);
    const lastNewline = whole.lastIndexOf(10) + 1;

    // Chunks of 1, 2, 3 … bytes split lines and multi-byte characters at every place.
    for (const chunkBytes of [1, 2, 3, 5, 7, 64, 1024 * 1024]) {
      const read = await readJournal(journalPath, { chunkBytes });
      expect(read.problems).toEqual([]);
      expect(read.entries.map((e) => e.audit?.[0]?.note)).toEqual(notes);
      expect(read.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(read.bytes).toBe(lastNewline);
      expect(read.tornTail).toBe(true);
    }
    expect(await readJournal(`${journalPath}.missing`)).toEqual({
      entries: [],
      bytes: 0,
      tornTail: false,
      problems: [],
    });
  });

  it('refuses a journal with a bad whole line, naming the file and the line, and writes nothing', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((s) => void s.audit.push(entry('one')));
    await appendFile(journalPath, '{"seq":2,"audit":[{"channel":"fax"}]}\nnot json\n');
    const before = await readFile(journalPath, 'utf8');

    const error = await openLowdbStore({ path: storePath }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreFileError);
    const { problems, message } = error as StoreFileError;
    expect(message).toContain(journalPath);
    expect(problems.some((p) => p.startsWith('line 2: audit[0].channel'))).toBe(true);
    expect(problems.some((p) => p.startsWith('line 3: not valid JSON'))).toBe(true);
    expect(await readFile(journalPath, 'utf8')).toBe(before);
  });

  it('refuses a journal whose store file is missing, rather than start from part of the history', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((s) => void s.audit.push(entry('one')));
    await rm(storePath);

    const error = await openLowdbStore({ path: storePath }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as Error).message).toContain('is missing');
    await expect(stat(storePath)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rewrites the store file and empties the journal when a change is not an append', async () => {
    const store = await openLowdbStore({ path: storePath });
    await store.update((s) => void s.audit.push(entry('one'), entry('two')));
    await store.update((s) => {
      s.audit = s.audit.slice(1);
    });

    expect(await readFile(journalPath, 'utf8')).toBe('');
    const file = JSON.parse(await readFile(storePath, 'utf8')) as StoreState;
    expect(file.audit).toEqual([entry('two')]);
    expect(file.journalSeq).toBe(1);
    expect((await storeOnDisk(storePath)).audit).toEqual([entry('two')]);
  });

  it('rewrites the file once the journal outgrows it, and never replays what the file holds', async () => {
    const store = await openLowdbStore({ path: storePath });
    const note = 'x'.repeat(20_000);
    for (let i = 0; i < 60; i += 1)
      await store.update((s) => void s.audit.push(entry(`${i}${note}`)));

    const file = JSON.parse(await readFile(storePath, 'utf8')) as StoreState;
    expect(file.audit.length).toBeGreaterThan(40);
    const lines = await journalLines();
    expect(lines.length).toBe(60 - file.audit.length);
    expect(lines.every((l) => Number(l.seq) > file.journalSeq)).toBe(true);
    const all = await storeOnDisk(storePath);
    expect(all.audit.map((a) => Number.parseInt(a.note ?? '', 10))).toEqual(
      Array.from({ length: 60 }, (_, i) => i),
    );
    // A crash after the file was rewritten but before the journal was emptied: the old lines are
    // still there, and must not be laid over again.
    await appendFile(
      journalPath,
      `${JSON.stringify({ seq: 1, audit: [entry('replayed twice')] })}\n`,
      { flag: 'w' },
    );
    await writeFile(storePath, JSON.stringify({ ...file, journalSeq: 1 }));
    const reread = await storeOnDisk(storePath);
    expect(reread.audit.map((a) => a.note?.slice(0, 3))).toEqual(
      file.audit.map((a) => a.note?.slice(0, 3)),
    );
  });
});
