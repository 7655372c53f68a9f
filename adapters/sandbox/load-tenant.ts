import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  describeIssues,
  type TenantData,
  tenantDataSchema,
} from '../../src/reservations/data-schema.ts';
import { jsonErrorReason, locateJsonError } from './json-error.ts';

export type { TenantData } from '../../src/reservations/data-schema.ts';

const formatHelp = 'The demo tenant, data/demo-tenant.json, shows every field in use.';

/**
 * The sandbox data file cannot be used: missing, unreadable, not JSON, or with bad fields. The
 * message names the file, every problem and what to do; the file itself is left as it was.
 */
export class TenantDataError extends Error {
  readonly code = 'DATA_INVALID' as const;
  /** The data file, as an absolute path. */
  readonly path: string;
  /** One line per problem: `reservations[3].price.amount: …`, or `(file): …` for the whole file. */
  readonly problems: string[];

  constructor(path: string, problems: string[], advice: string, options?: ErrorOptions) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    const heading = `The sandbox data file ${path} has ${count} (the file was not changed):`;
    super([heading, ...problems.map((p) => `  ${p}`), advice].join('\n'), options);
    this.name = 'TenantDataError';
    this.path = path;
    this.problems = problems;
  }
}

/**
 * Reads and validates the sandbox data file (`RESERVATION_DESK_DATA`) into domain values. Throws
 * {@link TenantDataError} listing every bad field at once; never writes the file.
 */
export const loadTenantData = async (path: string): Promise<TenantData> => {
  const file = resolve(path);
  const text = await readText(file);
  const raw = parseJson(file, text);
  const parsed = tenantDataSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = describeIssues([...parsed.error.issues].sort(inFileOrder));
  throw new TenantDataError(file, problems, `Fix the fields above and start again. ${formatHelp}`);
};

const sections = ['customers', 'reservations', 'refundHistory', 'agents'];

/** Problems as the file reads (section, then entry), so they can be fixed top-down. */
const inFileOrder = (a: { path: PropertyKey[] }, b: { path: PropertyKey[] }): number => {
  const section = (p: PropertyKey[]) => sections.indexOf(String(p[0]));
  const entry = (p: PropertyKey[]) => (typeof p[1] === 'number' ? p[1] : -1);
  return section(a.path) - section(b.path) || entry(a.path) - entry(b.path);
};

const readText = async (file: string): Promise<string> => {
  try {
    // A byte-order mark is how some Windows editors save UTF-8; JSON.parse would choke on it.
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `cannot be read (${code ?? String(error)})`;
    throw new TenantDataError(
      file,
      [`(file): ${reason}`],
      'Point RESERVATION_DESK_DATA at a data file, or unset it to use the demo tenant that ships as data/demo-tenant.json.',
      { cause: error },
    );
  }
};

const parseJson = (file: string, text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, column } = locateJsonError(text, error);
    const problem = `(file): not valid JSON at line ${line}, column ${column}: ${jsonErrorReason(error)}`;
    throw new TenantDataError(file, [problem], `Fix the JSON and start again. ${formatHelp}`, {
      cause: error,
    });
  }
};
