import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { storeStateSchema } from '../../src/approvals/store-schema.ts';
import { tenantDataSchema } from '../../src/reservations/data-schema.ts';
import { report, runChild } from '../lib/child.ts';
import { timed } from '../lib/stats.ts';
import { generateStore } from './generate-store.ts';
import { generateTenant, type TenantShape } from './generate-tenant.ts';
import { seeded } from './random.ts';
import type { GenerationFigures, ScaleMeta } from './types.ts';

/**
 * `gen-child.ts <dir> <customers> <reservations> <big> <requests>`: writes tenant.json and
 * store.json (as lowdb writes it: JSON with two-space indent) and reports their figures.
 */
runChild(async () => {
  const [dir = '', ...numbers] = process.argv.slice(2);
  const [customers = 2000, reservations = 50_000, big = 5000, requests = 100_000] =
    numbers.map(Number);
  const shape: TenantShape = {
    customers,
    reservations,
    bigCustomerReservations: big,
    refundHistory: customers * 2,
  };
  const start = performance.now();
  const rand = seeded(20261128);
  const tenant = generateTenant(rand, shape);
  const store = generateStore(rand, tenant.file, requests);
  const data = JSON.stringify(tenant.file, null, 2);
  let text = JSON.stringify(store, null, 2);
  const generateMs = performance.now() - start;
  const meta: ScaleMeta = {
    dataPath: join(dir, 'tenant.json'),
    storePath: join(dir, 'store.json'),
    bigCustomer: tenant.bigCustomer,
    targets: tenant.targets.slice(0, 200),
    requester: tenant.requester,
    approver: tenant.approver,
  };
  await writeFile(meta.dataPath, data);
  await writeFile(meta.storePath, text);
  const auditEntries = store.audit.length;
  const storeBytes = Buffer.byteLength(text);
  const storeParsed = await timed(async () => JSON.parse(text) as unknown);
  text = '';
  const storeValid = await timed(async () => storeStateSchema.safeParse(storeParsed.value));
  if (!storeValid.value.success)
    throw new Error(`generated store is invalid: ${storeValid.value.error.message.slice(0, 2000)}`);
  const dataParsed = await timed(async () => JSON.parse(data) as unknown);
  const dataValid = await timed(async () => tenantDataSchema.safeParse(dataParsed.value));
  if (!dataValid.value.success)
    throw new Error(`generated tenant is invalid: ${dataValid.value.error.message.slice(0, 2000)}`);
  const figures: GenerationFigures = {
    generateMs,
    dataBytes: Buffer.byteLength(data),
    storeBytes,
    auditEntries,
    storeJsonParseMs: storeParsed.ms,
    storeValidateMs: storeValid.ms,
    dataJsonParseMs: dataParsed.ms,
    dataValidateMs: dataValid.ms,
  };
  report({ type: 'generated', meta, figures });
});
