import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyStoreState } from '../../../src/approvals/store-schema.ts';
import {
  bytesOf,
  type CliRun,
  type CliSandbox,
  cliSandbox,
  exists,
  jsonOf,
  storedRequest,
} from '../../support/cli.ts';
import { agent, reservation, tenantFile } from '../../support/tenant-builders.ts';

// A data or store file the CLI cannot trust is refused with every bad field, and left untouched.

interface Refusal {
  error: { code: string; message: string; problems: string[] };
}
const pathsOf = (run: CliRun): string[] =>
  (jsonOf(run) as Refusal).error.problems.map((p) => p.slice(0, p.indexOf(':')));

// Bad fields in three reservations and an agent; the fourth reservation has two at once.
const brokenData = tenantFile({
  reservations: [
    reservation({ price: { amount: '12.345', currency: 'USD' } }),
    reservation({ price: { amount: '2000.00', currency: 'EUR' } }),
    reservation({ purchaseDate: '2026-02-30' }),
    reservation({ purchaseDate: '2026-13-01', price: { amount: '1.234', currency: 'USD' } }),
  ],
  agents: [agent({ roles: ['superuser'] })],
});
const badRequest = { ...storedRequest(), status: 'archived', createdAt: 'yesterday' };
const badStore = { ...emptyStoreState(), requests: [badRequest] };

type Case = 'data' | 'notJson' | 'schema';
const sandboxes = {} as Record<Case, CliSandbox>;
const before = {} as Record<Case, Buffer>;
const runs = {} as Record<Case, CliRun>;

beforeAll(async () => {
  const valid = tenantFile();
  sandboxes.data = await cliSandbox(brokenData);
  sandboxes.notJson = await cliSandbox(valid, '{"schemaVersion": 1, "requests": [');
  sandboxes.schema = await cliSandbox(valid, badStore);
  const cases = Object.keys(sandboxes) as Case[];
  for (const c of cases) {
    const s = sandboxes[c];
    before[c] = await bytesOf(c === 'data' ? s.dataPath : s.storePath);
  }
  const results = await Promise.all(
    cases.map((c) => sandboxes[c].run(...(c === 'data' ? ['customers'] : ['requests']), '--json')),
  );
  cases.forEach((c, i) => {
    runs[c] = results[i] as CliRun;
  });
}, 60_000);
afterAll(() => Promise.all(Object.values(sandboxes).map((s) => s.remove())));

describe('a broken data file', () => {
  it('is refused with exit 1 and DATA_INVALID naming the file', () => {
    expect(runs.data).toMatchObject({ code: 1, stderr: '' });
    const { error } = jsonOf(runs.data) as Refusal;
    expect(error.code).toBe('DATA_INVALID');
    expect(error.message).toContain(sandboxes.data.dataPath);
  });

  it('lists the path of every bad field: amounts, pricingPrice, dates, role', () => {
    expect(pathsOf(runs.data).sort()).toEqual([
      'agents[0].roles[0]',
      'reservations[0].price.amount',
      'reservations[1].pricingPrice',
      'reservations[2].purchaseDate',
      'reservations[3].price.amount',
      'reservations[3].purchaseDate',
    ]);
  });

  it('is left byte for byte as it was, and no store file is created', async () => {
    expect(await bytesOf(sandboxes.data.dataPath)).toEqual(before.data);
    expect(await exists(sandboxes.data.storePath)).toBe(false);
  });
});

describe('a broken store file', () => {
  it('that is not JSON is refused with exit 1 and STORE_INVALID', () => {
    expect(runs.notJson).toMatchObject({ code: 1, stderr: '' });
    const { error } = jsonOf(runs.notJson) as Refusal;
    expect(error.code).toBe('STORE_INVALID');
    expect(error.message).toContain(sandboxes.notJson.storePath);
    expect(error.problems).not.toEqual([]);
  });

  it('that breaks the schema is refused with STORE_INVALID naming each bad field', () => {
    expect(runs.schema).toMatchObject({ code: 1, stderr: '' });
    expect((jsonOf(runs.schema) as Refusal).error.code).toBe('STORE_INVALID');
    expect(pathsOf(runs.schema).sort()).toEqual(['requests[0].createdAt', 'requests[0].status']);
  });

  it.each(['notJson', 'schema'] as const)('(%s) is left byte for byte as it was', async (c) => {
    expect(await bytesOf(sandboxes[c].storePath)).toEqual(before[c]);
  });
});
