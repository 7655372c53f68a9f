import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir; `remove` deletes it and everything in it. */
export interface TempDir {
  readonly path: string;
  remove(): Promise<void>;
}

/** Creates a unique temp folder for a test that needs real files. */
export const createTempDir = async (prefix = 'reservation-desk-'): Promise<TempDir> => {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
};
