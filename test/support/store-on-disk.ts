import { openLowdbStore } from '../../adapters/storage/lowdb-store.ts';
import type { StoreState } from '../../src/approvals/store-schema.ts';

/**
 * The store as a new process would find it on disk: the lowdb file with its journal laid over,
 * opened read-only (nothing is written), independent of any store object a test holds.
 */
export const storeOnDisk = async (path: string): Promise<StoreState> =>
  (await openLowdbStore({ path, readOnly: true })).read();
