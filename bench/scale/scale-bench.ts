import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Message, startChild } from '../lib/child.ts';
import type {
  ApprovalFigures,
  GenerationFigures,
  ReadFigures,
  ScaleMeta,
  WriteCosts,
} from './types.ts';

export interface ScaleShape {
  readonly customers: number;
  readonly reservations: number;
  readonly bigCustomerReservations: number;
  readonly requests: number;
}

export interface ScaleResults {
  readonly shape: ScaleShape;
  readonly generation?: GenerationFigures;
  readonly reads?: ReadFigures;
  readonly approvals?: ApprovalFigures;
  readonly costs?: WriteCosts;
  /** Why the measurement did not finish (a crash, out of memory, a time limit). */
  readonly failure?: string;
  readonly tempDir: string;
}

const progress = (m: Message) => {
  if (m.type === 'progress')
    process.stdout.write(
      `  scale: ${String(m.step)}${typeof m.ms === 'number' ? ` (${m.ms.toFixed(0)} ms)` : ''}\n`,
    );
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Generates the tenant and the store in one process (given a large heap: it is the fixture, not
 * the subject), then measures the real composition over them in a fresh process with Node's
 * default heap, as `npm start` runs. Figures arrive in stages (reads, approvals, write costs), so
 * a stage that runs past `deadline` (a performance.now() time) still leaves the earlier ones.
 */
export const runScaleBench = async (
  shape: ScaleShape,
  o: { deadline: number; approvalBudgetMs: number },
): Promise<ScaleResults> => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-scale-'));
  const result: Mutable<ScaleResults> = { shape, tempDir: dir };
  const left = () => Math.max(1_000, o.deadline - performance.now());
  try {
    process.stdout.write('  scale: generating the tenant and the store…\n');
    const gen = startChild(
      'scale/gen-child.ts',
      [dir, shape.customers, shape.reservations, shape.bigCustomerReservations, shape.requests].map(
        String,
      ),
      { execArgv: ['--max-old-space-size=8192'], endsByItself: true },
    );
    const generated = await gen
      .next<Message & { meta: ScaleMeta; figures: GenerationFigures }>('generated', left())
      .finally(() => gen.stop());
    result.generation = generated.figures;
    const metaPath = join(dir, 'meta.json');
    await writeFile(metaPath, JSON.stringify(generated.meta));
    const measure = startChild('scale/measure-child.ts', [metaPath, String(o.approvalBudgetMs)], {
      execArgv: ['--expose-gc'],
      onMessage: progress,
      endsByItself: true,
    });
    try {
      type Stage<T> = Message & { figures: T };
      result.reads = (await measure.next<Stage<ReadFigures>>('reads', left())).figures;
      result.approvals = (await measure.next<Stage<ApprovalFigures>>('approvals', left())).figures;
      result.costs = (await measure.next<Stage<WriteCosts>>('costs', left())).figures;
    } finally {
      await measure.stop();
    }
  } catch (error) {
    result.failure = error instanceof Error ? error.message : String(error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return result;
};
