import { emptyStoreState, type StoreState } from '../../src/approvals/store-schema.ts';
import type { Store } from '../../src/ports.ts';

/** Data-file JSON as interfaces.md spells it ("Sandbox data file"), before any validation. */
export interface RawCustomer {
  id: string;
  name: string;
  domain: string;
  tenantId: string;
}

/** A decimal amount in a currency, as the data file writes it: `{ "amount": "2400.00", "currency": "USD" }`. */
export interface RawAmount {
  amount: string;
  currency: string;
}

export interface RawReservation {
  id: string;
  orderId: string;
  customerId: string;
  displayName: string;
  reservedResourceType: string;
  sku: string;
  location: string;
  quantity: number;
  term: string;
  billingPlan: string;
  purchaseDate: string;
  expiryDate?: string;
  price: RawAmount;
  pricingPrice?: RawAmount;
  appliedScopeType: string;
  appliedScope?: string | null;
  hasUsage?: boolean;
  utilization?: { '1'?: number; '7'?: number; '30'?: number };
  utilizationAsOf?: string;
  access?: { principal: string; role: string; principalType?: string }[];
}

export interface RawRefund {
  customerId: string;
  date: string;
  amount: string;
}

export interface RawAgent {
  name: string;
  email: string;
  slackUserId?: string;
  teamsUserId?: string;
  roles: string[];
}

export interface RawTenantFile {
  customers: RawCustomer[];
  reservations: RawReservation[];
  refundHistory: RawRefund[];
  agents: RawAgent[];
}

/** The customer every builder points at unless told otherwise. */
export const contosoId = '3c1f4a8e-6b2d-4f0a-9d7e-2a5b8c9e1f00';

let counter = 0;
/** A fresh GUID-shaped ID, distinct on every call (and the same sequence in every run). */
export const nextGuid = (): string => {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
};

/** A valid data-file customer: Contoso unless overridden. */
export const customer = (overrides: Partial<RawCustomer> = {}): RawCustomer => ({
  id: contosoId,
  name: 'Contoso Ltd',
  domain: 'contoso.onmicrosoft.com',
  tenantId: contosoId,
  ...overrides,
});

/** A valid data-file reservation: Reservation A of refund-policy.md (used), with a fresh ID. */
export const reservation = (overrides: Partial<RawReservation> = {}): RawReservation => ({
  id: nextGuid(),
  orderId: nextGuid(),
  customerId: contosoId,
  displayName: 'VM_RI_D2s_weu',
  reservedResourceType: 'VirtualMachines',
  sku: 'Standard_D2s_v3',
  location: 'westeurope',
  quantity: 2,
  term: 'P1Y',
  billingPlan: 'Upfront',
  purchaseDate: '2026-01-10',
  expiryDate: '2027-01-10',
  price: { amount: '2400.00', currency: 'USD' },
  appliedScopeType: 'Shared',
  appliedScope: null,
  hasUsage: true,
  utilization: { '1': 100, '7': 92.5, '30': 88 },
  ...overrides,
});

/** A valid data-file agent: an admin agent unless overridden. */
export const agent = (overrides: Partial<RawAgent> = {}): RawAgent => ({
  name: 'Ana Silva',
  email: 'ana.silva@partner.example',
  slackUserId: 'U04ANA7SILV',
  teamsUserId: '5b0e7c1d-8a3f-4e26-b9d4-71c2e0f6a913',
  roles: ['admin-agent'],
  ...overrides,
});

/** A canceled commitment made outside the bot, in USD. */
export const refund = (overrides: Partial<RawRefund> = {}): RawRefund => ({
  customerId: contosoId,
  date: '2025-12-01',
  amount: '30000.00',
  ...overrides,
});

/** A whole data file: one customer, one reservation and one agent unless `parts` say otherwise. */
export const tenantFile = (parts: Partial<RawTenantFile> = {}): RawTenantFile => ({
  customers: parts.customers ?? [customer()],
  reservations: parts.reservations ?? [reservation()],
  refundHistory: parts.refundHistory ?? [],
  agents: parts.agents ?? [agent()],
});

/** A `Store` kept in memory, with the port's semantics and a count of the writes it made. */
export interface MemoryStore extends Store {
  readonly writes: number;
}

/**
 * The `Store` port in memory: updates run one at a time on a `structuredClone` of the state, which
 * replaces it only if the change returns; `read` answers a copy, so callers cannot alter the state.
 */
export const memoryStore = (initial: StoreState = emptyStoreState()): MemoryStore => {
  let state = structuredClone(initial);
  let writes = 0;
  let tail: Promise<unknown> = Promise.resolve();
  return {
    get writes() {
      return writes;
    },
    read: async () => structuredClone(state),
    update: <T>(change: (draft: StoreState) => T): Promise<T> => {
      const run = tail.then(async () => {
        const draft = structuredClone(state);
        const result = await change(draft);
        state = draft;
        writes += 1;
        return result;
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
};
