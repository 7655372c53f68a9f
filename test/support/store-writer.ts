/**
 * A child process for the crash-safety test: `node --import tsx test/support/store-writer.ts
 * <store path> [count]` opens the lowdb store and appends audit lines numbered on from the
 * highest number already in the file, printing `ack <n>` on stdout once each update has been
 * acknowledged (its promise resolved; stdout to a pipe is synchronous on Linux, so the line is in
 * the pipe before the next write starts). It stops after `count` updates (forever without one);
 * the test kills it with SIGKILL at random points instead, running a Vite bundle of this file.
 */
import { openLowdbStore } from '../../adapters/storage/lowdb-store.ts';
import type { StoreState } from '../../src/approvals/store-schema.ts';

/** The numbers of every line this script wrote into `state` (notes `crash-seq:<n>`), in file order. */
const seqsIn = (state: StoreState): number[] =>
  state.audit.flatMap((a) => {
    const m = /^crash-seq:(\d+)$/.exec(a.note ?? '');
    return m?.[1] === undefined ? [] : [Number(m[1])];
  });

const run = async (path: string, count: number): Promise<void> => {
  const store = await openLowdbStore({ path });
  let n = Math.max(0, ...seqsIn(await store.read()));
  for (let i = 0; i < count; i += 1) {
    n += 1;
    const seq = n;
    await store.update((state) => {
      state.audit.push({
        at: new Date().toISOString(),
        action: 'refused',
        actor: null,
        channel: 'system',
        note: `crash-seq:${seq}`,
      });
    });
    process.stdout.write(`ack ${seq}\n`);
  }
};

const [path, count] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: store-writer.ts <store path> [count]');
await run(path, count === undefined ? Number.POSITIVE_INFINITY : Number(count));
