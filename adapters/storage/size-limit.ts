import { constants } from 'node:buffer';
import type { Logger } from '../system/logger.ts';

/**
 * The ceiling of a one-file store. lowdb writes the whole state as one JSON string, and V8 cannot
 * make a string longer than `constants.MAX_STRING_LENGTH` (~537 million characters: at ~4.4 KB a
 * request with its audit lines, about 120,000 requests). Near it, a start warns. Past it, a
 * compaction cannot be written: it is put off (tried again once the journal has doubled) and the
 * change goes to the journal as usual, so the bot keeps working while every start reads more; the
 * log says so and what to do. A change that can only be saved by rewriting the file fails with
 * {@link StoreTooLargeError}.
 */
export class StoreTooLargeError extends Error {
  readonly code = 'STORE_TOO_LARGE' as const;
}

/** Share of the ceiling at which a start warns. */
const warnAt = 0.75;

const advice =
  'plan the move to a store that does not load everything at once (docs/benchmarks.md, "What to fix"); until then keep the store file and its journal together in backups';

const tooLong = (error: unknown) =>
  error instanceof RangeError && /string length/i.test(error.message);

export interface SizeLimitOptions {
  readonly path: string;
  readonly journalPath: string;
  readonly log?: Pick<Logger, 'warn' | 'error'> | undefined;
  readonly maxChars?: number | undefined;
}

export const sizeLimit = (o: SizeLimitOptions) => {
  const maxChars = o.maxChars ?? constants.MAX_STRING_LENGTH;
  /** The journal's size when a compaction last could not be written. */
  let refusedAt: number | undefined;
  const share = (bytes: number) => `${Math.round((bytes / maxChars) * 100)}%`;
  return {
    /** Warns when the file (two-space-indented JSON: about a character a byte) nears the ceiling. */
    checkAtStart(fileBytes: number): void {
      if (fileBytes < warnAt * maxChars) return;
      o.log?.warn('store_near_size_limit', {
        path: o.path,
        fileBytes,
        maxChars,
        action: `The store file is ${share(fileBytes)} of the longest JSON text it can be rewritten as. Past it the bot keeps working but stops compacting its journal, and each start grows slower: ${advice}.`,
      });
    },
    /** Whether to try a compaction now: not again until the journal has doubled since one failed. */
    mayRewrite: (journalBytes: number): boolean =>
      refusedAt === undefined || journalBytes > 2 * refusedAt,
    /**
     * Runs `write` (the whole file). Answers false when it cannot be written for its size and it
     * was `optional` (a compaction); otherwise rethrows, as {@link StoreTooLargeError} for size.
     */
    async rewriting(
      write: () => Promise<void>,
      at: { readonly fileBytes: number; readonly journalBytes: number; readonly optional: boolean },
    ): Promise<boolean> {
      try {
        await write();
        refusedAt = undefined;
        return true;
      } catch (error) {
        if (!tooLong(error)) throw error;
        if (!at.optional)
          throw new StoreTooLargeError(
            `The store ${o.path} is too large to rewrite as one JSON file, and this change could only be saved by rewriting it; nothing was saved. To go on, ${advice}.`,
            { cause: error },
          );
        refusedAt = at.journalBytes;
        o.log?.error('store_too_large_to_rewrite', {
          path: o.path,
          journal: o.journalPath,
          fileBytes: at.fileBytes,
          journalBytes: at.journalBytes,
          maxChars,
          action: `Updates are still saved, in the journal, but it is no longer folded into the file, so each start reads more of it: ${advice}.`,
        });
        return false;
      }
    },
  };
};
