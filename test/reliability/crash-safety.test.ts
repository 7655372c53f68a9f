import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../adapters/storage/lowdb-store.ts';
import type { AuditEntry } from '../../src/approvals/model.ts';
import { createTempDir, type TempDir } from '../support/temp-dir.ts';

// A child process (test/support/store-writer.ts) appends numbered audit lines to a real lowdb
// store and prints `ack <n>` once each update is acknowledged; it is killed with SIGKILL at random
// points, mid-write as often as not. After every kill the store must open (parse and validate) and
// hold every acknowledged line. Starting a child with `--import tsx` costs about a second of CPU
// here, so the script (and the store code it imports) is bundled once with Vite and each child runs
// the bundle on plain node (~0.2 s). Two stores are written side by side: 2 × 15 = 30 kills.

const writerSource = join(import.meta.dirname, '../support/store-writer.ts');
const stores = 2;
const roundsPerStore = 15;
// Enough history that each write is over 100 kB: a kill lands inside it, not between.
const bulk = 400;

let dir: TempDir;
let writer: string;
beforeAll(async () => {
  dir = await createTempDir('crash-');
  writer = join(dir.path, 'bundle', 'store-writer.js');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(import.meta.dirname, '../..'),
    build: {
      ssr: writerSource,
      outDir: dirname(writer),
      minify: false,
      target: 'node20',
    },
    ssr: { noExternal: true },
  });
});
afterAll(async () => dir?.remove());

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/** The numbers the writer put in the file, in file order. */
const seqsIn = (audit: readonly AuditEntry[]): number[] =>
  audit.flatMap((a) => {
    const m = /^crash-seq:(\d+)$/.exec(a.note ?? '');
    return m?.[1] === undefined ? [] : [Number(m[1])];
  });

/** Runs the writer until it has acknowledged `killAfter` updates and a random moment more, then kills it. */
const writeAndKill = async (path: string, killAfter: number): Promise<number[]> => {
  const child: ChildProcess = spawn(process.execPath, [writer, path], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: number[] = [];
  let stderr = '';
  let buffered = '';
  let killing = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) acked.push(Number(line.replace('ack ', '')));
    if (acked.length >= killAfter && !killing) {
      killing = true;
      // The only sleep here: a random 0–4 ms, so the kill lands anywhere in the next write.
      setTimeout(() => child.kill('SIGKILL'), randomInt(0, 4));
    }
  });
  // 'close' comes after the pipes are drained: whatever the child printed before it died is read.
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  if (buffered !== '') acked.push(Number(buffered.replace('ack ', '')));
  if (signal !== 'SIGKILL') throw new Error(`writer exited with ${code}: ${stderr}`);
  return acked;
};

/** Seeds a store with `bulk` audit lines, so every later write is large. */
const seed = async (path: string) => {
  const store = await openLowdbStore({ path });
  await store.update((state) => {
    for (let i = 0; i < bulk; i += 1)
      state.audit.push({
        at: '2026-07-10T09:00:00.000Z',
        action: 'submitted',
        actor: { name: 'Dev Patel', email: 'dev@partner.example' },
        channel: 'cli',
        note: `history line ${i}: ${'x'.repeat(80)}`,
      });
  });
};

/** Kills the writer `roundsPerStore` times on one store, checking the file after each kill. */
const tortureOne = async (path: string) => {
  await seed(path);
  let lastAcked = 0;
  let kills = 0;
  for (let round = 0; round < roundsPerStore; round += 1) {
    const acked = await writeAndKill(path, randomInt(1, 6));
    kills += 1;
    lastAcked = Math.max(lastAcked, ...acked);
    // It parses as JSON, and the store opens it: the schema validates.
    JSON.parse(await readFile(path, 'utf8'));
    const state = await (await openLowdbStore({ path, readOnly: true })).read();
    const seqs = seqsIn(state.audit);
    const top = Math.max(0, ...seqs);
    // Every write is all earlier ones plus one line: the numbers run 1..top with no gap.
    expect(seqs).toEqual(Array.from({ length: top }, (_, i) => i + 1));
    // Nothing acknowledged is lost; at most the one write in flight at the kill got through.
    expect(top).toBeGreaterThanOrEqual(lastAcked);
    expect(top).toBeLessThanOrEqual(lastAcked + 1);
    expect(state.audit).toHaveLength(bulk + top);
  }
  return { kills, lastAcked };
};

describe('the lowdb store under SIGKILL', () => {
  it('always opens and keeps every acknowledged write, killed 30 times at random points', async () => {
    const results = await Promise.all(
      Array.from({ length: stores }, (_, i) => tortureOne(join(dir.path, `store-${i}.json`))),
    );
    expect(results.reduce((n, r) => n + r.kills, 0)).toBe(stores * roundsPerStore);
    for (const r of results) expect(r.lastAcked).toBeGreaterThanOrEqual(roundsPerStore);
    // About 5 s on two idle cores; the margin is for a machine busy with other work (30 spawns).
  }, 40_000);
});
