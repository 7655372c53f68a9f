import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { emptyStoreState, type StoreState } from '../../src/approvals/store-schema.ts';
import type { Store } from '../../src/ports.ts';
import type { Logger } from '../system/logger.ts';
import { appendView } from './append-view.ts';
import { type Change, changeBetween, replay } from './journal.ts';
import { appendEntry, clearJournal, dropTornTail, readJournal, syncPath } from './journal-file.ts';
import { sizeLimit } from './size-limit.ts';
import { readStoreFile, StoreFileError, StoreReadOnlyError } from './store-file.ts';
import { asState, freezeRecords, workingCopy } from './working-copy.ts';

/** Where the state file lives; `readOnly` opens it without ever writing (CLI reports, dry runs). */
export interface LowdbStoreOptions {
  readonly path: string;
  readonly readOnly?: boolean;
  /** Told when the store nears or reaches the size one JSON file can hold (size-limit.ts). */
  readonly log?: Pick<Logger, 'warn' | 'error'>;
  /** The longest JSON text the file can be written as; V8's longest string unless a test says. */
  readonly maxFileChars?: number;
}

/** The `Store` port over one lowdb JSON file. */
export { StoreTooLargeError } from './size-limit.ts';
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
  const limit = sizeLimit({ path, journalPath, log: options.log, maxChars: options.maxFileChars });
  if (!readOnly) limit.checkAtStart(fileBytes);

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

  /** Appends a change to the journal, synced before the update is acknowledged. */
  const appendChange = async (change: Change) => {
    journalBytes = await appendEntry(journalPath, journalBytes, { seq: seq + 1, ...change });
    seq += 1;
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
    if (changed !== undefined) {
      // The whole file is written for a change that is not an append, or to fold in a journal
      // that has outgrown it (put off while the file cannot hold the state: size-limit.ts).
      const whole =
        changed === 'rewrite' ||
        (journalBytes > compactAt(fileBytes) && limit.mayRewrite(journalBytes));
      if (whole && added !== undefined) next.audit = [...before.audit, ...added];
      // Only what changed can be unfrozen (the rest is the previous state's records).
      freezeRecords(changed === 'rewrite' ? next : asState(changed));
      const rewritten =
        whole &&
        (await limit.rewriting(() => rewrite(next), {
          fileBytes,
          journalBytes,
          optional: changed !== 'rewrite',
        }));
      if (!rewritten && changed !== 'rewrite') await appendChange(changed);
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

/** The journal beside a store file: `store.json` → `store.json.journal`. */
export const journalPathOf = (storePath: string): string => `${storePath}.journal`;

/**
 * When the journal has grown past the store file (or 1 MiB for a small one), the next update
 * rewrites the file and empties the journal: each byte of the file is rewritten once per its own
 * size in appended changes, and a start never reads more than about twice the file.
 */
const compactAt = (fileBytes: number): number => Math.max(fileBytes, 1024 * 1024);
