import { createDesk, type Desk } from '../src/desk/index.ts';
import { loadTenantData } from './sandbox/load-tenant.ts';
import { SandboxProvider } from './sandbox/sandbox-provider.ts';
import { SandboxSupport } from './sandbox/sandbox-support.ts';
import { type LowdbStore, openLowdbStore } from './storage/lowdb-store.ts';
import { fixedClock, systemClock } from './system/clock.ts';
import type { Config } from './system/config.ts';
import { randomIds } from './system/ids.ts';

export interface Composed {
  readonly desk: Desk;
  readonly store: LowdbStore;
  readonly config: Config;
}

export interface ComposeOptions {
  /** Open the store without ever writing it (the CLI: it only reads). */
  readonly readOnlyStore?: boolean;
}

/** Thrown when the configuration asks for something this build cannot do yet. */
export class UnsupportedProviderError extends Error {
  readonly code = 'PROVIDER_UNSUPPORTED' as const;
}

/**
 * The composition root: wires the core to its adapters from the configuration. Refuses a bad data
 * or store file (with every bad field) before anything runs, and never writes either one to "fix" it.
 */
export const compose = async (config: Config, options: ComposeOptions = {}): Promise<Composed> => {
  if (config.provider !== 'sandbox') {
    throw new UnsupportedProviderError(
      'RESERVATION_DESK_PROVIDER=azure is not available in this build yet: Azure mode (Partner Center, ARM and support requests) is still being built. Unset RESERVATION_DESK_PROVIDER to use the sandbox data file.',
    );
  }
  const clock = config.now === undefined ? systemClock() : fixedClock(config.now);
  const data = await loadTenantData(config.dataPath);
  const store = await openLowdbStore({
    path: config.storePath,
    readOnly: options.readOnlyStore === true,
  });
  const provider = new SandboxProvider({ data, store, clock });
  const desk = createDesk({
    provider,
    directory: provider,
    support: new SandboxSupport({ store, clock }),
    store,
    clock,
    ids: randomIds(),
    policy: config.policy,
  });
  return { desk, store, config };
};
