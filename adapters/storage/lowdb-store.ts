import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import {
  emptyStoreState,
  type StoreState,
  storeSchemaVersion,
  storeStateSchema,
} from '../../src/approvals/store-schema.ts';
import type { Store } from '../../src/ports.ts';
import { describeIssues } from '../../src/reservations/data-schema.ts';

/** Where the state file lives; `readOnly` opens it without ever writing (CLI reports, dry runs). */
export interface LowdbStoreOptions {
  readonly path: string;
  readonly readOnly?: boolean;
}

/** The `Store` port over one lowdb JSON file. */
export interface LowdbStore extends Store {
  readonly path: string;
  readonly readOnly: boolean;
}

const advice = 'Fix or move the file; Reservation Desk never overwrites it.';

/** The state file exists but cannot be trusted: not JSON, another schema version, or bad fields. */
export class StoreFileError extends Error {
  readonly code = 'STORE_INVALID' as const;
  readonly path: string;
  /** One line per problem, e.g. `requests[0].status: Invalid option: expected one of …`. */
  readonly problems: string[];

  constructor(path: string, summary: string, problems: string[], options?: ErrorOptions) {
    super([summary, ...problems.map((p) => `  ${p}`), advice].join('\n'), options);
    this.name = 'StoreFileError';
    this.path = path;
    this.problems = problems;
  }
}

/** An update was asked of a store opened with `readOnly: true`. */
export class StoreReadOnlyError extends Error {
  readonly code = 'STORE_READ_ONLY' as const;
  readonly path: string;

  constructor(path: string) {
    super(`The store ${path} was opened read-only; updates are refused.`);
    this.name = 'StoreReadOnlyError';
    this.path = path;
  }
}

/**
 * Opens (or, unless `readOnly`, creates) the bot's state file and validates it against
 * `storeStateSchema`. Throws {@link StoreFileError} for a file it cannot trust, leaving it untouched.
 *
 * `read()` returns the current state object itself, not a copy: callers must not mutate it (its
 * records are frozen). Each `update` swaps in a fresh object, so a state obtained earlier never
 * changes under its holder.
 *
 * `update(change)` runs after every earlier update has settled, applies `change` to a working copy
 * (new arrays and containers; records are replaced, never edited in place), writes
 * the copy atomically (temp file + rename) and only then makes it current. If `change` throws or
 * the write fails, memory and disk keep the previous state and the promise rejects with that error.
 * A `change` that returns a promise holds the queue until it settles, so its mutations are written.
 */
export const openLowdbStore = async (options: LowdbStoreOptions): Promise<LowdbStore> => {
  const { path, readOnly = false } = options;
  // Not JSONFilePreset: under NODE_ENV=test it silently swaps the file for memory.
  const db = new Low<StoreState>(new JSONFile<StoreState>(path), emptyStoreState());
  const found = await readStoreFile(db, path);
  if (found !== undefined) {
    db.data = found;
  } else if (!readOnly) {
    await mkdir(dirname(path), { recursive: true });
    await db.write();
  }

  freezeRecords(db.data);
  const apply = async <T>(change: (state: StoreState) => T): Promise<T> => {
    const next = workingCopy(db.data);
    const result = await change(next);
    freezeRecords(next);
    await db.adapter.write(next);
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
const workingCopy = (s: StoreState): StoreState => ({
  ...s,
  requests: s.requests.slice(),
  audit: s.audit.slice(),
  sandbox: { ...s.sandbox, tickets: s.sandbox.tickets.slice(), scopes: s.sandbox.scopes.slice() },
  settings: { ...s.settings, locales: { ...s.settings.locales } },
});

/** Freezes the records a change may have added: an edit in place would throw, not slip through. */
const freezeRecords = (s: StoreState): void => {
  for (const list of [s.requests, s.audit, s.sandbox.tickets, s.sandbox.scopes])
    for (const record of list) if (!Object.isFrozen(record)) Object.freeze(record);
};

/** The validated file, or `undefined` when there is no file yet. */
const readStoreFile = async (
  db: Low<StoreState>,
  path: string,
): Promise<StoreState | undefined> => {
  let raw: unknown;
  try {
    raw = await db.adapter.read();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new StoreFileError(path, `The store file ${path} is not valid JSON:`, [error.message], {
      cause: error,
    });
  }
  // lowdb answers null both for a missing file and for a file holding `null`; only the first is new.
  if (raw === null && !(await exists(path))) return undefined;

  const version =
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'schemaVersion') : undefined;
  if (version !== undefined && version !== storeSchemaVersion) {
    const found = JSON.stringify(version);
    throw new StoreFileError(
      path,
      `The store file ${path} has schemaVersion ${found}, but this release of Reservation Desk reads only schemaVersion ${storeSchemaVersion} (use the release that wrote it):`,
      [`schemaVersion: expected ${storeSchemaVersion}, found ${found}`],
    );
  }

  const parsed = storeStateSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues);
    throw new StoreFileError(
      path,
      `The store file ${path} has ${problems.length} invalid field(s):`,
      problems,
    );
  }
  return parsed.data;
};

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );
