import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { emptyStoreState, type StoreState } from '../../src/approvals/store-schema.ts';
import type { Store } from '../../src/ports.ts';
import { appendView } from './append-view.ts';
import { type Change, changeBetween, replay } from './journal.ts';
import { appendEntry, clearJournal, dropTornTail, readJournal, syncPath } from './journal-file.ts';
import { readStoreFile, StoreFileError, StoreReadOnlyError } from './store-file.ts';

/** Where the state file lives; `readOnly` opens it without ever writing (CLI reports, dry runs). */
export interface LowdbStoreOptions {
  readonly path: string;
  readonly readOnly?: boolean;
}

/** The `Store` port over one lowdb JSON file. */
export { StoreFileError, StoreReadOnlyError } from './store-file.ts';

export interface LowdbStore extends Store {
  readonly path: string;
  readonly readOnly: boolean;
}

/**
 * Opens (or, unless `readOnly`, creates) the bot's state file, validates it against
 * `storeStateSchema` and lays its journal over it (journal.ts). Throws {@link StoreFileError} for
 * a file or journal it cannot trust, leaving both untouched.
 *
 * `read()` returns the current state object itself, not a copy: callers must not mutate it (its
 * records are frozen). Each `update` swaps in a fresh object, so a state obtained earlier never
 * changes under its holder — except that its `audit` list is the store's own append-only list, so
 * it also shows lines appended after it (copying that list for every update was the largest cost
 * of an update in a large store; append-view.ts).
 *
 * `update(change)` runs after every earlier update has settled, applies `change` to a working copy
 * (new arrays and containers, but for `audit`, a view that keeps pushes aside; records are
 * replaced, never edited in place), appends what it
 * changed to the journal and syncs it to disk (or, now and then, rewrites the whole file
 * atomically: temp file + rename), and only then makes the copy current. If `change` throws or
 * the write fails, memory and disk keep the previous state and the promise rejects with that error.
 * A `change` that returns a promise holds the queue until it settles, so its mutations are written.
 */
export const openLowdbStore = async (options: LowdbStoreOptions): Promise<LowdbStore> => {
  const { path, readOnly = false } = options;
  const journalPath = journalPathOf(path);
  // Not JSONFilePreset: under NODE_ENV=test it silently swaps the file for memory.
  const db = new Low<StoreState>(new JSONFile<StoreState>(path), emptyStoreState());
  const found = await readStoreFile(db, path);
  const journal = await readJournal(journalPath);
  if (journal.problems.length > 0)
    throw new StoreFileError(
      journalPath,
      `The store journal ${journalPath} has ${journal.problems.length} invalid line(s):`,
      journal.problems,
    );
  if (found === undefined && journal.entries.length > 0)
    throw new StoreFileError(
      journalPath,
      `The store journal ${journalPath} holds changes, but its store file ${path} is missing:`,
      [
        'restore the store file from a backup, or move the journal away to start with an empty store',
      ],
    );
  let seq = 0;
  if (found !== undefined) {
    seq = replay(found, journal.entries);
    db.data = found;
  } else if (!readOnly) {
    await mkdir(dirname(path), { recursive: true });
    await db.write();
  }
  let journalBytes = journal.bytes;
  if (journal.tornTail && !readOnly) await dropTornTail(journalPath, journalBytes);
  let fileBytes = found === undefined ? 0 : (await stat(path)).size;

  /** Writes the whole state to the store file and empties the journal it now holds. */
  const rewrite = async (next: StoreState) => {
    next.journalSeq = seq;
    await db.adapter.write(next);
    await syncPath(path);
    await syncPath(dirname(path));
    fileBytes = (await stat(path)).size;
    // The file now says which entries it holds, so a journal left full is skipped, never replayed twice.
    await clearJournal(journalPath).then(
      () => {
        journalBytes = 0;
      },
      () => undefined,
    );
  };

  freezeRecords(db.data);
  const apply = async <T>(change: (state: StoreState) => T): Promise<T> => {
    const before = db.data;
    const audit = appendView(before.audit);
    const next = workingCopy(before, audit.list);
    const result = await change(next);
    // The change may also have put another list in place of the view.
    const outcome = next.audit === audit.list ? audit.outcome() : { replaced: next.audit };
    const added = 'added' in outcome ? outcome.added : undefined;
    if (!('added' in outcome)) next.audit = outcome.replaced;
    const changed = changeBetween(before, next, added);
    // Only what changed can be unfrozen (the rest is the previous state's records).
    if (changed === 'rewrite') {
      if (added !== undefined) next.audit = [...before.audit, ...added];
      freezeRecords(next);
    } else if (changed !== undefined) freezeRecords(asState(changed));
    if (changed === 'rewrite' || (changed !== undefined && journalBytes > compactAt(fileBytes))) {
      if (changed !== 'rewrite' && added !== undefined) next.audit = [...before.audit, ...added];
      await rewrite(next);
    } else if (changed !== undefined) {
      journalBytes = await appendEntry(journalPath, journalBytes, { seq: seq + 1, ...changed });
      seq += 1;
    }
    // Written: appended lines join the store's list itself (shared with earlier states, which
    // therefore see lines appended after them; nothing else in a state ever changes).
    if (next.audit === audit.list) {
      before.audit.push(...(added ?? []));
      next.audit = before.audit;
    }
    db.data = next;
    return result;
  };

  let tail: Promise<unknown> = Promise.resolve();
  return {
    path,
    readOnly,
    read: async () => db.data,
    update: <T>(change: (state: StoreState) => T): Promise<T> => {
      if (readOnly) return Promise.reject(new StoreReadOnlyError(path));
      const run = tail.then(() => apply(change));
      // A failed update must not stall the ones queued after it.
      tail = run.catch(() => undefined);
      return run;
    },
  };
};

/**
 * What a change works on: new containers (arrays, the nested objects) holding the same records.
 * Changes replace records and never edit one in place (records.ts), and every record is frozen,
 * so a failed change leaves the current state as it was. Copying the containers costs a pointer
 * per record; a deep copy of a large store cost seconds per update.
 */
const workingCopy = (s: StoreState, audit: StoreState['audit']): StoreState => ({
  ...s,
  requests: s.requests.slice(),
  audit,
  sandbox: { ...s.sandbox, tickets: s.sandbox.tickets.slice(), scopes: s.sandbox.scopes.slice() },
  settings: { ...s.settings, locales: { ...s.settings.locales } },
});

/** Freezes the records a change may have added: an edit in place would throw, not slip through. */
const freezeRecords = (s: StoreState): void => {
  for (const list of [s.requests, s.audit, s.sandbox.tickets, s.sandbox.scopes])
    for (const record of list) if (!Object.isFrozen(record)) Object.freeze(record);
};

/** A change's records in the shape `freezeRecords` walks. */
const asState = (c: Change): StoreState => ({
  ...emptyStoreState(),
  requests: c.requests ?? [],
  audit: c.audit ?? [],
  sandbox: { tickets: c.tickets ?? [], scopes: c.scopes ?? [] },
});

/** The journal beside a store file: `store.json` → `store.json.journal`. */
export const journalPathOf = (storePath: string): string => `${storePath}.journal`;

/**
 * When the journal has grown past the store file (or 1 MiB for a small one), the next update
 * rewrites the file and empties the journal: each byte of the file is rewritten once per its own
 * size in appended changes, and a start never reads more than about twice the file.
 */
const compactAt = (fileBytes: number): number => Math.max(fileBytes, 1024 * 1024);
