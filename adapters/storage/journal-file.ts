import { type FileHandle, open, truncate } from 'node:fs/promises';
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
 * Calls `onLine` with each whole line of `path` (without its newline), reading a chunk at a time:
 * the journal is never held as one string, so it may outgrow the longest string V8 can make.
 * Answers the bytes up to the end of the last whole line and how many follow it; `undefined` when
 * there is no file.
 */
const eachLine = async (
  path: string,
  onLine: (line: string) => void,
  chunkBytes: number,
): Promise<{ bytes: number; rest: number } | undefined> => {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (missing(error)) return undefined;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(chunkBytes);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let bytes = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        // Decoded only once whole, so a character split between chunks is put back together.
        const line = Buffer.concat([...pending, chunk.subarray(start, nl)]);
        onLine(line.toString('utf8'));
        bytes += line.length + 1;
        pending = [];
        pendingBytes = 0;
        start = nl + 1;
      }
      if (start < bytesRead) {
        pending.push(Buffer.from(chunk.subarray(start)));
        pendingBytes += bytesRead - start;
      }
    }
    return { bytes, rest: pendingBytes };
  } finally {
    await handle.close();
  }
};

/**
 * Reads `path` (a missing file is an empty journal). Every whole line must be a valid entry with
 * a `seq` above the one before; a last line without its newline is left out, because the writer
 * acknowledges an entry only once its newline is on disk.
 */
export const readJournal = async (
  path: string,
  o: { readonly chunkBytes?: number } = {},
): Promise<JournalRead> => {
  const entries: JournalEntry[] = [];
  const problems: string[] = [];
  let previous = 0;
  let n = 0;
  const read = await eachLine(
    path,
    (line) => {
      n += 1;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        problems.push(`line ${n}: not valid JSON (${(error as Error).message})`);
        return;
      }
      const parsed = journalEntrySchema.safeParse(raw);
      if (!parsed.success) {
        for (const p of describeIssues(parsed.error.issues)) problems.push(`line ${n}: ${p}`);
        return;
      }
      if (parsed.data.seq <= previous)
        problems.push(`line ${n}: seq ${parsed.data.seq} does not follow ${previous}`);
      previous = parsed.data.seq;
      entries.push(parsed.data);
    },
    o.chunkBytes ?? 1024 * 1024,
  );
  if (read === undefined) return { entries: [], bytes: 0, tornTail: false, problems: [] };
  return { entries, bytes: read.bytes, tornTail: read.rest > 0, problems };
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
