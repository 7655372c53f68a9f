import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyStoreState } from '../../../src/approvals/store-schema.ts';
import {
  bytesOf,
  type CliRun,
  type CliSandbox,
  cliSandbox,
  fabrikam,
  filedRequest,
  jsonOf,
  storedRequest,
} from '../../support/cli.ts';
import { contosoId, customer, reservation, tenantFile } from '../../support/tenant-builders.ts';

// `--json` prints one JSON document on stdout and nothing else, for every read command.

const usedA = reservation({ displayName: 'VM_RI_D2s_weu' });
const spareA = reservation({ displayName: 'VM_RI_D2s_weu_spare', hasUsage: false });
const data = tenantFile({
  customers: [customer(), fabrikam],
  reservations: [spareA, reservation({ customerId: fabrikam.id, displayName: 'VM_F' }), usedA],
});

const filed = filedRequest({ reservationId: usedA.id, reservationOrderId: usedA.orderId });
const exchangeQuote = {
  reservationId: spareA.id,
  quantity: 2,
  currency: 'USD',
  credit: '282.74',
  remainingCommitment: '282.74',
  minimumNewTotal: '282.74',
  newTotal: '3000.00',
  netPayable: '2717.26',
};
const pending = storedRequest({
  id: 'RD-2611-0002',
  kind: 'exchange',
  reservationId: spareA.id,
  reservationOrderId: spareA.orderId,
  reservationName: 'VM_RI_D2s_weu_spare',
  quantity: 2,
  newPurchase: { reservedResourceType: 'VirtualMachines', total: '3000.00', currency: 'USD' },
  quote: exchangeQuote,
  createdAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
});
const store = { ...emptyStoreState(), requests: [filed, pending] };

/** A request as `requests --json` promises it (interfaces.md), keys in that order. */
const listed = {
  filed: {
    id: 'RD-2611-0001',
    kind: 'refund',
    status: 'filed',
    customerId: contosoId,
    reservationId: usedA.id,
    quantity: 1,
    requestedBy: 'dev.patel@partner.example',
    decidedBy: 'ana.silva@partner.example',
    supportRequestId: '2611200040000123',
    quote: filed.quote,
    createdAt: '2026-11-19T09:00:00.000Z',
    updatedAt: '2026-11-20T11:30:00.000Z',
  },
  pending: {
    id: 'RD-2611-0002',
    kind: 'exchange',
    status: 'pending_approval',
    customerId: contosoId,
    reservationId: spareA.id,
    quantity: 2,
    requestedBy: 'dev.patel@partner.example',
    decidedBy: null,
    supportRequestId: null,
    quote: exchangeQuote,
    createdAt: '2026-11-27T08:00:00.000Z',
    updatedAt: '2026-11-27T08:00:00.000Z',
  },
};

const commands = {
  customers: ['customers', '--json'],
  list: ['list', 'Contoso', '--json'],
  show: ['show', usedA.orderId, '--json'],
  cap: ['cap', 'contoso.onmicrosoft.com', '--json'],
  requests: ['requests', '--json'],
  pending: ['requests', 'pending', '--json'],
};
type Command = keyof typeof commands;

let sandbox: CliSandbox;
let storeBytes: Buffer;
const runs = {} as Record<Command, CliRun>;

beforeAll(async () => {
  sandbox = await cliSandbox(data, store);
  storeBytes = await bytesOf(sandbox.storePath);
  const names = Object.keys(commands) as Command[];
  const results = await Promise.all(names.map((name) => sandbox.run(...commands[name])));
  names.forEach((name, i) => {
    runs[name] = results[i] as CliRun;
  });
}, 60_000);
afterAll(() => sandbox.remove());

describe('--json prints exactly one JSON document and nothing else', () => {
  it.each(Object.keys(commands) as Command[])('for %s', (name) => {
    const run = runs[name];
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stdout.trim().startsWith(name === 'show' || name === 'cap' ? '{' : '[')).toBe(true);
  });
});

describe('the documents', () => {
  it('customers lists each customer with its reservation count', () => {
    expect(jsonOf(runs.customers)).toEqual([
      { ...customer(), reservationCount: 2 },
      { ...fabrikam, reservationCount: 1 },
    ]);
  });

  it("list names a customer's reservations and only theirs", () => {
    const list = jsonOf(runs.list) as { id: string; customerName: string }[];
    expect(list.map((r) => r.id)).toEqual([usedA.id, spareA.id]);
    expect(list.every((r) => r.customerName === 'Contoso Ltd')).toBe(true);
  });

  it('show finds a reservation by its order ID and reports its term', () => {
    expect(jsonOf(runs.show)).toMatchObject({
      id: usedA.id,
      orderId: usedA.orderId,
      customerId: contosoId,
      displayName: 'VM_RI_D2s_weu',
      quantity: 2,
      billingPlan: 'Upfront',
      purchaseDate: '2026-01-10',
      expiryDate: '2027-01-10',
      daysToExpiry: 43,
      expired: false,
      price: { amount: '2400.00', currency: 'USD' },
    });
  });

  it('cap counts the filed refund of the store from its approval day', () => {
    expect(jsonOf(runs.cap)).toEqual({
      customerId: contosoId,
      customerName: 'Contoso Ltd',
      asOf: '2026-11-28',
      currency: 'USD',
      capLimit: '50000.00',
      capUsed: '167.67',
      capRemaining: '49832.33',
      windowDays: 365,
      entries: [
        {
          date: '2026-11-20',
          amount: '167.67',
          source: 'bot',
          requestId: 'RD-2611-0001',
          freesOn: '2027-11-20',
        },
      ],
    });
  });

  it('requests lists every request, newest first, with the documented fields in order', () => {
    const list = jsonOf(runs.requests) as Record<string, unknown>[];
    expect(list).toEqual([listed.pending, listed.filed]);
    for (const entry of list) expect(Object.keys(entry)).toEqual(Object.keys(listed.filed));
  });

  it('requests pending keeps only the requests awaiting approval', () => {
    expect(jsonOf(runs.pending)).toEqual([listed.pending]);
  });

  it('leaves the store file byte for byte as it was', async () => {
    expect(await bytesOf(sandbox.storePath)).toEqual(storeBytes);
  });
});
