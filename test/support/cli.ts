import { spawn } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestRecord } from '../../src/approvals/model.ts';
import { date } from '../../src/shared/time.ts';
import { createTempDir, type TempDir } from './temp-dir.ts';
import { contosoId, customer } from './tenant-builders.ts';

/** The repository root: the CLI runs from here, as `npm run cli` does. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The fixed "now" of every CLI run (RESERVATION_DESK_NOW). */
export const cliNow = '2026-11-28T10:00:00Z';

/** The refund quote's keys in the order interfaces.md lists them (before the cap extras). */
export const refundQuoteKeys = (
  'reservationId quantity currency daysSincePurchase remainingDays termDays hasUsage ' +
  'creditBasis credit earlyTerminationFee refund capLimit capCounted capUsed capRemaining exceedsCap'
).split(' ');
/** The exchange quote's keys in the order interfaces.md lists them. */
export const exchangeQuoteKeys =
  'reservationId quantity currency credit remainingCommitment minimumNewTotal newTotal netPayable'.split(
    ' ',
  );

/** A second customer, Fabrikam Inc, with the demo tenant's ID. */
export const fabrikam = customer({
  id: '4bb36769-60af-43de-878d-43775b341a9c',
  name: 'Fabrikam Inc',
  domain: 'fabrikam.onmicrosoft.com',
  tenantId: '4bb36769-60af-43de-878d-43775b341a9c',
});

/** What one CLI process did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Variables the configuration reads: none may leak in from the developer's or CI's shell. */
const controlled = /^(RESERVATION_DESK_|SLACK_|Microsoft|AZURE_|TEAMS_)|^(PORT|LOG_LEVEL)$/;

/** The inherited environment without configuration, plus the given variables. */
export const cliEnv = (vars: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!controlled.test(name)) env[name] = value;
  }
  return { ...env, RESERVATION_DESK_NOW: cliNow, ...vars };
};

// Two CPUs in CI: more CLI processes at once only make each one slower.
const maxRunning = 3;
let running = 0;
const waiting: (() => void)[] = [];
const slot = async (): Promise<void> => {
  if (running < maxRunning) {
    running += 1;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
};
const release = (): void => {
  const next = waiting.shift();
  if (next === undefined) running -= 1;
  else next();
};

/** Runs `node --import tsx adapters/cli/main.ts ...args` as a user would, stdin closed. */
export const runCli = async (args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> => {
  await slot();
  try {
    return await new Promise<CliRun>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/cli/main.ts', ...args], {
        cwd: projectRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  } finally {
    release();
  }
};

/** A temp folder holding a data file (unless the demo tenant is used) and a store path. */
export interface CliSandbox {
  readonly dir: TempDir;
  readonly dataPath: string;
  readonly storePath: string;
  /** Runs the CLI on this sandbox's files. */
  run(...args: string[]): Promise<CliRun>;
  remove(): Promise<void>;
}

/**
 * A fresh temp folder. `data` is written as the data file (`'demo'` leaves RESERVATION_DESK_DATA
 * unset, so the shipped demo tenant is read); `store`, when given, is written as the store file
 * (a string verbatim, anything else as JSON); otherwise the store file does not exist.
 */
export const cliSandbox = async (data: unknown, store?: unknown): Promise<CliSandbox> => {
  const dir = await createTempDir('reservation-desk-cli-');
  const dataPath =
    data === 'demo' ? join(projectRoot, 'data', 'demo-tenant.json') : join(dir.path, 'data.json');
  const storePath = join(dir.path, 'store.json');
  if (data !== 'demo') await writeFile(dataPath, JSON.stringify(data, null, 2));
  if (store !== undefined)
    await writeFile(storePath, typeof store === 'string' ? store : JSON.stringify(store, null, 2));
  const env = cliEnv({
    RESERVATION_DESK_STORE: storePath,
    ...(data === 'demo' ? {} : { RESERVATION_DESK_DATA: dataPath }),
  });
  return {
    dir,
    dataPath,
    storePath,
    run: (...args) => runCli(args, env),
    remove: () => dir.remove(),
  };
};

/** Whether a file exists. */
export const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** A file's bytes, to show that a run left it as it was. */
export const bytesOf = (path: string): Promise<Buffer> => readFile(path);

/** The stdout of a `--json` run as the one JSON document it must be. */
export const jsonOf = (run: CliRun): unknown => JSON.parse(run.stdout);

/** A refund request as the store file holds it: awaiting approval, on Reservation A, unless overridden. */
export const storedRequest = (overrides: Partial<RequestRecord> = {}): RequestRecord => ({
  id: 'RD-2611-0001',
  kind: 'refund',
  status: 'pending_approval',
  customerId: contosoId,
  customerName: 'Contoso Ltd',
  reservationId: 'r-a',
  reservationOrderId: 'o-a',
  reservationName: 'VM_RI_D2s_weu',
  quantity: 1,
  reason: 'Workload moved to containers',
  contact: {
    firstName: 'Ana',
    lastName: 'Silva',
    preferredContactMethod: 'email',
    email: 'ana.silva@partner.example',
    timeZone: 'W. Europe Standard Time',
    language: 'en-us',
    country: 'PRT',
  },
  quote: {
    reservationId: 'r-a',
    quantity: 1,
    currency: 'USD',
    daysSincePurchase: 314,
    remainingDays: 51,
    termDays: 365,
    hasUsage: true,
    creditBasis: 'prorated',
    credit: '167.67',
    earlyTerminationFee: '20.12',
    refund: '147.55',
    capLimit: '50000.00',
    capCounted: '167.67',
    capUsed: '0.00',
    capRemaining: '50000.00',
    exceedsCap: false,
  },
  quoteAsOf: date('2026-11-20'),
  requestedBy: { name: 'Dev Patel', email: 'dev.patel@partner.example' },
  requestedVia: 'slack',
  createdAt: '2026-11-19T09:00:00.000Z',
  updatedAt: '2026-11-19T09:00:00.000Z',
  idempotencyKeys: [],
  ...overrides,
});

/** {@link storedRequest} approved on 2026-11-20 and filed with Microsoft support. */
export const filedRequest = (overrides: Partial<RequestRecord> = {}): RequestRecord =>
  storedRequest({
    status: 'filed',
    updatedAt: '2026-11-20T11:30:00.000Z',
    decidedBy: { name: 'Ana Silva', email: 'ana.silva@partner.example' },
    decidedAt: '2026-11-20T11:00:00.000Z',
    approvedOn: date('2026-11-20'),
    supportRequestId: '2611200040000123',
    ...overrides,
  });
