import { open, readFile, truncate } from 'node:fs/promises';
import { type JournalEntry, journalEntrySchema } from '../../src/approvals/store-schema.ts';
import { describeIssues } from '../../src/reservations/data-schema.ts';

/** The journal as read: its entries, and how many bytes of it are whole lines. */
export interface JournalRead {
  readonly entries: JournalEntry[];
  /** Bytes up to the end of the last whole line: where the next entry goes. */
  readonly bytes: number;
  /** A last line without its newline: a write cut off by a crash, never acknowledged. */
  readonly tornTail: boolean;
  /** One line per problem (`line 3: requests[0].status: …`); any makes the store untrusted. */
  readonly problems: string[];
}

const missing = (error: unknown) => (error as { code?: string }).code === 'ENOENT';

/**
 * Reads `path` (a missing file is an empty journal). Every whole line must be a valid entry with
 * a `seq` above the one before; a last line without its newline is left out, because the writer
 * acknowledges an entry only once its newline is on disk.
 */
export const readJournal = async (path: string): Promise<JournalRead> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (missing(error)) return { entries: [], bytes: 0, tornTail: false, problems: [] };
    throw error;
  }
  const end = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, end).split('\n').slice(0, -1);
  const entries: JournalEntry[] = [];
  const problems: string[] = [];
  let previous = 0;
  lines.forEach((line, i) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      problems.push(`line ${i + 1}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = journalEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const p of describeIssues(parsed.error.issues)) problems.push(`line ${i + 1}: ${p}`);
      return;
    }
    if (parsed.data.seq <= previous)
      problems.push(`line ${i + 1}: seq ${parsed.data.seq} does not follow ${previous}`);
    previous = parsed.data.seq;
    entries.push(parsed.data);
  });
  return {
    entries,
    bytes: Buffer.byteLength(text.slice(0, end)),
    tornTail: end < text.length,
    problems,
  };
};

/** Cuts a torn last line off, so the next entry starts on a line of its own. */
export const dropTornTail = (path: string, bytes: number): Promise<void> => truncate(path, bytes);

/**
 * Appends one entry as a line and waits until it is on disk (fdatasync): only then is the update
 * acknowledged. A failed append is cut back off, so a half-written line never stays in the file.
 * The file is opened per append, which also keeps working when it was moved away meanwhile.
 */
export const appendEntry = async (path: string, at: number, entry: JournalEntry) => {
  const line = Buffer.from(`${JSON.stringify(entry)}\n`);
  const handle = await open(path, 'a');
  try {
    await handle.write(line);
    await handle.datasync();
  } catch (error) {
    await handle.truncate(at).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
  return at + line.length;
};

/** Empties the journal once the store file holds everything in it. */
export const clearJournal = async (path: string): Promise<void> => {
  try {
    const handle = await open(path, 'r+');
    try {
      await handle.truncate(0);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!missing(error)) throw error;
  }
};

/** Flushes a file (and with it a rename into its folder) to disk. */
export const syncPath = async (path: string): Promise<void> => {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};
