import type { SandboxScope, StoreState } from '../../src/approvals/store-schema.ts';
import type { Clock, Directory, ReservationProvider, Store } from '../../src/ports.ts';
import type { TenantData } from '../../src/reservations/data-schema.ts';
import type {
  Agent,
  AppliedScope,
  AppliedScopeType,
  Customer,
  RefundHistoryEntry,
  Reservation,
} from '../../src/reservations/model.ts';

/** What the sandbox provider serves from, and where it keeps what changes. */
export interface SandboxProviderOptions {
  /** The loaded data file (see `loadTenantData`); never written back. */
  readonly data: TenantData;
  /** Scope changes are recorded in `state.sandbox.scopes`. */
  readonly store: Store;
  /** Stamps each scope change's `changedAt`. */
  readonly clock: Clock;
}

const guid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// ARM IDs as Azure accepts them for each applied-scope type (resource group names: 1–90 chars).
const targetPatterns: Readonly<Record<Exclude<AppliedScopeType, 'Shared'>, RegExp>> = {
  Single: new RegExp(`^/subscriptions/${guid}$`, 'i'),
  ResourceGroup: new RegExp(`^/subscriptions/${guid}/resourceGroups/[-\\w.()]{1,90}$`, 'i'),
  ManagementGroup: /^\/providers\/Microsoft\.Management\/managementGroups\/[-\w.()]{1,90}$/i,
};

/**
 * The demo tenant as a `ReservationProvider` and `Directory`: customers, reservations, earlier
 * refunds and agents come from the data file; scope changes live in the bot's store and are laid
 * over the file's scopes, the latest change per reservation winning.
 */
export class SandboxProvider implements ReservationProvider, Directory {
  readonly #data: TenantData;
  readonly #store: Store;
  readonly #clock: Clock;
  /**
   * The reservations with the store's scope changes laid over, built again only when a scope
   * changes (the list of changes only grows, so its length is its version). Callers get the same
   * arrays until then, which lets the desk index them once (src/desk/indexes.ts).
   */
  #view:
    | {
        readonly version: number;
        readonly all: readonly Reservation[];
        readonly byCustomer: ReadonlyMap<string, readonly Reservation[]>;
      }
    | undefined;

  constructor(options: SandboxProviderOptions) {
    this.#data = options.data;
    this.#store = options.store;
    this.#clock = options.clock;
  }

  async listCustomers(): Promise<readonly Customer[]> {
    return this.#data.customers;
  }

  async listReservations(customerId?: string): Promise<readonly Reservation[]> {
    const view = await this.#current();
    return customerId === undefined ? view.all : (view.byCustomer.get(customerId) ?? []);
  }

  async #current() {
    const state = await this.#store.read();
    const version = state.sandbox.scopes.length;
    if (this.#view?.version === version) return this.#view;
    const scopes = latestScopes(state);
    const all = this.#data.reservations.map((r) => withScope(r, scopes.get(r.id)));
    const byCustomer = new Map<string, Reservation[]>();
    for (const r of all) {
      const list = byCustomer.get(r.customerId);
      if (list === undefined) byCustomer.set(r.customerId, [r]);
      else list.push(r);
    }
    this.#view = { version, all, byCustomer };
    return this.#view;
  }

  async listRefundHistory(customerId: string): Promise<readonly RefundHistoryEntry[]> {
    return this.#data.refundHistory.filter((e) => e.customerId === customerId);
  }

  /**
   * Records the new scope and returns the reservation with it. Throws for a reservation the data
   * file does not have, or a target that is not an ARM ID of the scope's type (Azure refuses both).
   */
  async updateScope(reservationId: string, scope: AppliedScope): Promise<Reservation> {
    const reservation = this.#data.reservations.find((r) => r.id === reservationId);
    if (reservation === undefined) {
      throw new Error(`The sandbox tenant has no reservation with ID ${reservationId}`);
    }
    const target = checkedTarget(scope);
    const change: SandboxScope = {
      reservationId,
      type: scope.type,
      target,
      changedAt: this.#clock.now(),
    };
    await this.#store.update((state) => {
      state.sandbox.scopes.push(change);
    });
    return withScope(reservation, change);
  }

  async listAgents(): Promise<readonly Agent[]> {
    return this.#data.agents;
  }
}

const checkedTarget = (scope: AppliedScope): string | null => {
  if (scope.type === 'Shared') return null;
  if (scope.target === null || !targetPatterns[scope.type].test(scope.target)) {
    throw new Error(
      `Not a ${scope.type} scope: ${JSON.stringify(scope.target)} (expected an ARM ID such as ${example[scope.type]})`,
    );
  }
  return scope.target;
};

const example: Readonly<Record<Exclude<AppliedScopeType, 'Shared'>, string>> = {
  Single: '/subscriptions/<subscription GUID>',
  ResourceGroup: '/subscriptions/<subscription GUID>/resourceGroups/<name>',
  ManagementGroup: '/providers/Microsoft.Management/managementGroups/<id>',
};

const latestScopes = (state: StoreState): Map<string, SandboxScope> =>
  new Map(state.sandbox.scopes.map((s) => [s.reservationId, s]));

const withScope = (r: Reservation, change: SandboxScope | undefined): Reservation =>
  change === undefined ? r : { ...r, scope: { type: change.type, target: change.target } };
