import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import { createDesk, type Desk } from '../src/desk/index.ts';
import { AzureProvider } from './azure/azure-provider.ts';
import { partnerCredential } from './azure/credentials.ts';
import { AzureSupport } from './azure/support-provider.ts';
import { loadTenantData } from './sandbox/load-tenant.ts';
import { SandboxProvider } from './sandbox/sandbox-provider.ts';
import { SandboxSupport } from './sandbox/sandbox-support.ts';
import { type LowdbStore, openLowdbStore } from './storage/lowdb-store.ts';
import { fixedClock, systemClock } from './system/clock.ts';
import type { Config } from './system/config.ts';
import { randomIds } from './system/ids.ts';
import type { Logger } from './system/logger.ts';

export interface Composed {
  readonly desk: Desk;
  readonly store: LowdbStore;
  readonly config: Config;
}

export interface ComposeOptions {
  /** Open the store without ever writing it (the CLI: it only reads). */
  readonly readOnlyStore?: boolean;
  /** Where the store reports nearing the size one JSON file can hold (size-limit.ts). */
  readonly log?: Pick<Logger, 'warn' | 'error'>;
  /** Azure mode in tests: a credential and an HTTP client for a local fake instead of Entra ID. */
  readonly azure?: { readonly credential: TokenCredential; readonly httpClient?: HttpClient };
}

/** Thrown when the configuration asks for a provider it does not fully describe. */
export class UnsupportedProviderError extends Error {
  readonly code = 'PROVIDER_UNSUPPORTED' as const;
}

/**
 * The composition root: wires the core to its adapters from the configuration. Refuses a bad data
 * or store file (with every bad field) before anything runs, and never writes either one to "fix" it.
 */
export const compose = async (config: Config, options: ComposeOptions = {}): Promise<Composed> => {
  const clock = config.now === undefined ? systemClock() : fixedClock(config.now);
  const data = await loadTenantData(config.dataPath);
  const store = await openLowdbStore({
    path: config.storePath,
    readOnly: options.readOnlyStore === true,
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  const sandbox = new SandboxProvider({ data, store, clock });
  const azure = config.provider === 'azure' ? config.azure : undefined;
  if (config.provider === 'azure' && azure === undefined)
    throw new UnsupportedProviderError(
      'RESERVATION_DESK_PROVIDER=azure needs the AZURE_* settings (see .env.example).',
    );
  // In Azure mode the data file supplies only the agent directory; Azure supplies the rest.
  const credential =
    azure === undefined ? undefined : (options.azure?.credential ?? partnerCredential(azure));
  const httpClient =
    options.azure?.httpClient === undefined ? {} : { httpClient: options.azure.httpClient };
  const provider =
    azure === undefined || credential === undefined
      ? sandbox
      : new AzureProvider({
          credential,
          partnerCenterUrl: azure.partnerCenterUrl,
          resourceManagerUrl: azure.resourceManagerUrl,
          clock,
          ...httpClient,
        });
  const support =
    azure === undefined || credential === undefined
      ? new SandboxSupport({ store, clock })
      : new AzureSupport({
          credential,
          partnerTenantId: azure.tenantId,
          resourceManagerUrl: azure.resourceManagerUrl,
          ...httpClient,
        });
  const desk = createDesk({
    provider,
    directory: sandbox,
    support,
    store,
    clock,
    ids: randomIds(),
    policy: config.policy,
  });
  await desk.prepare();
  return { desk, store, config };
};
