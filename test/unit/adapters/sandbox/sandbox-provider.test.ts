import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTenantData } from '../../../../adapters/sandbox/load-tenant.ts';
import { SandboxProvider } from '../../../../adapters/sandbox/sandbox-provider.ts';
import { openLowdbStore } from '../../../../adapters/storage/lowdb-store.ts';
import { fixedClock } from '../../../../adapters/system/clock.ts';
import { storeOnDisk } from '../../../support/store-on-disk.ts';
import { createTempDir, type TempDir } from '../../../support/temp-dir.ts';
import {
  agent,
  customer,
  refund,
  reservation,
  tenantFile,
} from '../../../support/tenant-builders.ts';

const fabrikamId = '8f4c2d1e-7a6b-4c3d-9e8f-0a1b2c3d4e5f';
const subscription = '/subscriptions/0b1f6f2e-52c4-4c55-9e3a-2d9f4c1a7b80';
const resourceGroup = `${subscription}/resourceGroups/rg-contoso-web-prod`;
const clock = fixedClock('2026-11-28T15:48:00Z');

const contosoVm = reservation({ displayName: 'VM_RI_D2s_weu' });
const fabrikamVm = reservation({ customerId: fabrikamId, displayName: 'VM_RI_E16_big' });
const file = tenantFile({
  customers: [customer(), customer({ id: fabrikamId, name: 'Fabrikam Inc', tenantId: fabrikamId })],
  reservations: [contosoVm, fabrikamVm],
  refundHistory: [refund({ customerId: fabrikamId }), refund({ date: '2026-03-01' })],
  agents: [
    agent(),
    agent({ name: 'Dev Patel', email: 'dev@partner.example', roles: ['sales-agent'] }),
  ],
});

let dir: TempDir;
let dataPath: string;
let storePath: string;
beforeEach(async () => {
  dir = await createTempDir('sandbox-provider-');
  dataPath = join(dir.path, 'tenant.json');
  storePath = join(dir.path, 'state.json');
  await writeFile(dataPath, JSON.stringify(file, null, 2));
});
afterEach(() => dir.remove());

const openProvider = async () =>
  new SandboxProvider({
    data: await loadTenantData(dataPath),
    store: await openLowdbStore({ path: storePath }),
    clock,
  });

describe('SandboxProvider', () => {
  it('lists customers, each customer’s reservations, refund history and agents from the file', async () => {
    const provider = await openProvider();

    expect((await provider.listCustomers()).map((c) => c.name)).toEqual([
      'Contoso Ltd',
      'Fabrikam Inc',
    ]);
    expect((await provider.listReservations()).map((r) => r.id)).toEqual([
      contosoVm.id,
      fabrikamVm.id,
    ]);
    expect((await provider.listReservations(fabrikamId)).map((r) => r.id)).toEqual([fabrikamVm.id]);
    expect(await provider.listReservations('no-such-customer')).toEqual([]);
    const history = await provider.listRefundHistory(fabrikamId);
    expect(history.map((e) => e.date)).toEqual(['2025-12-01']);
    expect((await provider.listAgents()).map((a) => a.roles)).toEqual([
      ['admin-agent'],
      ['sales-agent'],
    ]);
  });

  it('records a scope change in the store and applies it from then on, leaving the data file alone', async () => {
    const provider = await openProvider();
    const before = await readFile(dataPath, 'utf8');

    const updated = await provider.updateScope(contosoVm.id, {
      type: 'ResourceGroup',
      target: resourceGroup,
    });

    expect(updated.scope).toEqual({ type: 'ResourceGroup', target: resourceGroup });
    const [listed] = await provider.listReservations(customer().id);
    expect(listed?.scope).toEqual({ type: 'ResourceGroup', target: resourceGroup });
    const reopened = await openProvider();
    const [afterRestart] = await reopened.listReservations(customer().id);
    expect(afterRestart?.scope).toEqual({ type: 'ResourceGroup', target: resourceGroup });
    const state = await storeOnDisk(storePath);
    expect(state.sandbox.scopes).toEqual([
      {
        reservationId: contosoVm.id,
        type: 'ResourceGroup',
        target: resourceGroup,
        changedAt: '2026-11-28T15:48:00.000Z',
      },
    ]);
    expect(await readFile(dataPath, 'utf8')).toBe(before);
  });

  it('applies the latest of several scope changes and clears the target for Shared', async () => {
    const provider = await openProvider();

    await provider.updateScope(contosoVm.id, { type: 'Single', target: subscription });
    await provider.updateScope(contosoVm.id, { type: 'Shared', target: subscription });

    const [listed] = await provider.listReservations(customer().id);
    expect(listed?.scope).toEqual({ type: 'Shared', target: null });
    const [untouched] = await provider.listReservations(fabrikamId);
    expect(untouched?.scope).toEqual({ type: 'Shared', target: null });
  });

  it('refuses a scope change for a reservation the tenant does not have, recording nothing', async () => {
    const provider = await openProvider();

    await expect(
      provider.updateScope('9d9d9d9d-0000-4000-8000-000000000000', {
        type: 'Shared',
        target: null,
      }),
    ).rejects.toThrow(/no reservation with ID 9d9d9d9d/);
    const store = await openLowdbStore({ path: storePath });
    expect((await store.read()).sandbox.scopes).toEqual([]);
  });

  it('refuses a target that is not an ARM ID of the scope type, as Azure does', async () => {
    const provider = await openProvider();

    await expect(
      provider.updateScope(contosoVm.id, { type: 'ManagementGroup', target: subscription }),
    ).rejects.toThrow(/Not a ManagementGroup scope/);
    await expect(
      provider.updateScope(contosoVm.id, { type: 'Single', target: null }),
    ).rejects.toThrow(/Not a Single scope/);
  });
});
