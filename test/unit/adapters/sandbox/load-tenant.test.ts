import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTenantData, TenantDataError } from '../../../../adapters/sandbox/load-tenant.ts';
import { createTempDir, type TempDir } from '../../../support/temp-dir.ts';
import {
  agent,
  customer,
  refund,
  reservation,
  tenantFile,
} from '../../../support/tenant-builders.ts';

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir('sandbox-load-');
});
afterEach(() => dir.remove());

const writeData = async (content: unknown): Promise<string> => {
  const path = join(dir.path, 'tenant.json');
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

const refusal = async (path: string): Promise<TenantDataError> => {
  const error = await loadTenantData(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TenantDataError);
  return error as TenantDataError;
};

describe('loadTenantData', () => {
  it('turns a valid file into domain values', async () => {
    const eur = reservation({
      displayName: 'VM_RI_D4s_gwc',
      price: { amount: '6840.00', currency: 'EUR' },
      pricingPrice: { amount: '7392.00', currency: 'USD' },
      appliedScopeType: 'Single',
      appliedScope: '/subscriptions/0b1f6f2e-52c4-4c55-9e3a-2d9f4c1a7b80',
      utilization: { '1': 0, '30': 12.5 },
      utilizationAsOf: '2026-11-28T06:00:00Z',
    });
    const path = await writeData(tenantFile({ reservations: [eur], refundHistory: [refund()] }));

    const data = await loadTenantData(path);

    expect(data.reservations[0]).toMatchObject({
      id: eur.id,
      price: { minor: 684_000n, currency: 'EUR' },
      pricingPrice: { minor: 739_200n, currency: 'USD' },
      scope: { type: 'Single', target: '/subscriptions/0b1f6f2e-52c4-4c55-9e3a-2d9f4c1a7b80' },
      utilization: { day1: 0, day30: 12.5, asOf: '2026-11-28T06:00:00Z' },
    });
    expect(data.refundHistory[0]?.amount).toEqual({ minor: 3_000_000n, currency: 'USD' });
    expect(data.agents[0]?.roles).toEqual(['admin-agent']);
  });

  it('refuses a file with several bad fields, naming every field path, and leaves it untouched', async () => {
    const path = await writeData(
      tenantFile({
        customers: [customer()],
        reservations: [
          reservation(),
          reservation({ price: { amount: '12.345', currency: 'USD' } }),
          reservation({ price: { amount: '2200.00', currency: 'EUR' } }),
          reservation({ customerId: 'a-customer-nobody-has' }),
          reservation({ purchaseDate: '2026-02-30' }),
        ],
        agents: [agent(), agent({ email: 'boss@partner.example', roles: ['boss'] })],
      }),
    );
    const before = await readFile(path);
    const { mtimeMs } = await stat(path);

    const error = await refusal(path);

    const fields = error.problems.map((p) => p.slice(0, p.indexOf(': ')));
    expect(fields).toEqual([
      'reservations[1].price.amount',
      'reservations[2].pricingPrice',
      'reservations[3].customerId',
      'reservations[4].purchaseDate',
      'agents[1].roles[0]',
    ]);
    expect(error.code).toBe('DATA_INVALID');
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
    for (const problem of error.problems) expect(error.message).toContain(problem);
    expect(error.message).toMatch(/fix/i);
    expect(await readFile(path)).toEqual(before);
    expect((await stat(path)).mtimeMs).toBe(mtimeMs);
  });

  it('reports a duplicate reservation ID and a refund for an unknown customer beside field errors', async () => {
    const twin = reservation();
    const path = await writeData(
      tenantFile({
        reservations: [
          twin,
          { ...twin },
          reservation({ price: { amount: 'twelve', currency: 'USD' } }),
        ],
        refundHistory: [refund({ customerId: 'gone' })],
      }),
    );

    const error = await refusal(path);

    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reservations\[1\]\.id: duplicate/),
        expect.stringMatching(/^reservations\[2\]\.price\.amount: /),
        expect.stringMatching(/^refundHistory\[0\]\.customerId: no customer has id "gone"/),
      ]),
    );
  });

  it('refuses invalid JSON and says at which line and column', async () => {
    const path = await writeData('{\n  "customers": []\n  "reservations": []\n}\n');

    const error = await refusal(path);

    expect(error.problems).toEqual([
      expect.stringMatching(/^\(file\): not valid JSON at line 3, column 3: /),
    ]);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('locates an unexpected token, which the JSON parser reports without a position', async () => {
    const path = await writeData('{\n  "customers": [],\n  "reservations": [ },\n}');

    const error = await refusal(path);

    expect(error.problems).toEqual([
      "(file): not valid JSON at line 3, column 21: Unexpected token '}'",
    ]);
  });

  it('refuses a missing file and says how to name another', async () => {
    const path = join(dir.path, 'nowhere.json');

    const error = await refusal(path);

    expect(error.problems).toEqual(['(file): no such file']);
    expect(error.message).toContain(path);
    expect(error.message).toContain('RESERVATION_DESK_DATA');
  });
});
