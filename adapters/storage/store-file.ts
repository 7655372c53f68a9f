import { stat } from 'node:fs/promises';
import type { Low } from 'lowdb';
import {
  type StoreState,
  storeSchemaVersion,
  storeStateSchema,
} from '../../src/approvals/store-schema.ts';
import { describeIssues } from '../../src/reservations/data-schema.ts';

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

/** The validated file, or `undefined` when there is no file yet. */
export const readStoreFile = async (
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
