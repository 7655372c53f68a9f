import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import {
  type Clock,
  ProviderFailure,
  type ProviderRefundCalculation,
  type ReservationProvider,
} from '../../src/ports.ts';
import type {
  AppliedScope,
  Customer,
  RefundHistoryEntry,
  Reservation,
} from '../../src/reservations/model.ts';
import { guard, mapLimit } from './azure-provider-calls.ts';
import { TtlCache } from './cache.ts';
import { isActive, patchOf, reservationOf, scopeOf } from './mapping.ts';
import { refundCalculationOf, refundRequestOf } from './mapping-refund.ts';
import { PartnerCenter } from './partner-center.ts';
import { defaultRetry, type RetryOptions } from './partner-center-http.ts';
import { ArmReservations } from './reservations.ts';

export type { RetryOptions } from './partner-center-http.ts';

export interface AzureProviderOptions {
  /** The partner's app registration (see `partnerCredential`); asked per tenant for ARM. */
  readonly credential: TokenCredential;
  readonly partnerCenterUrl: string;
  readonly resourceManagerUrl: string;
  /** For the ARM SDK (tests pass one that reaches the fake over plain HTTP). */
  readonly httpClient?: HttpClient;
  /** Stamps the data's freshness and times the cache. */
  readonly clock: Clock;
  /** How long customers and each customer's reservations are kept (default 5 minutes). */
  readonly cacheTtlInMs?: number;
  readonly retry?: RetryOptions;
}

const parallelCalls = 4;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The partner's real CSP customers: customers and their reservation orders from Partner Center
 * (partner-tenant token), reservation details, scope changes and refund calculations from ARM
 * `Microsoft.Capacity` with a token for the customer's tenant. Customers and each customer's
 * reservations are cached for `cacheTtlInMs`; every reservation's `utilization.asOf` says when
 * its data was fetched. Failures are thrown as `ProviderFailure` (failure.ts).
 */
export class AzureProvider implements ReservationProvider {
  readonly #partnerCenter: PartnerCenter;
  readonly #arm: ArmReservations;
  readonly #customers: TtlCache<readonly Customer[]>;
  readonly #reservations: TtlCache<readonly Reservation[]>;

  constructor(options: AzureProviderOptions) {
    const retry = options.retry ?? defaultRetry;
    const { credential, partnerCenterUrl, resourceManagerUrl } = options;
    this.#partnerCenter = new PartnerCenter({ credential, partnerCenterUrl, retry });
    this.#arm = new ArmReservations({
      credential,
      resourceManagerUrl,
      retry,
      ...(options.httpClient === undefined ? {} : { httpClient: options.httpClient }),
    });
    const ttl = options.cacheTtlInMs ?? 5 * 60_000;
    this.#customers = new TtlCache(ttl, options.clock);
    this.#reservations = new TtlCache(ttl, options.clock);
  }

  /** Partner Center `GET /v1/customers` (every page). */
  listCustomers(): Promise<readonly Customer[]> {
    return this.#customers.get('customers', () =>
      guard({ access: 'partner-center', operation: 'list customers' }, () =>
        this.#partnerCenter.listCustomers(),
      ),
    );
  }

  /**
   * One customer's reservations (none for a customer Partner Center does not list), or every
   * customer's. In the list of every customer's, a customer whose tenant refuses the bot
   * (PROVIDER_ACCESS_DENIED) is left out, so one customer without admin-agent access does not hide
   * the others; asking for that customer alone says which access is missing.
   */
  async listReservations(customerId?: string): Promise<readonly Reservation[]> {
    if (customerId !== undefined) {
      const customer = await this.#customer(customerId);
      return customer === undefined ? [] : this.#reservationsOf(customer);
    }
    const lists = await mapLimit(await this.listCustomers(), parallelCalls, (c) =>
      this.#reservationsOf(c).catch((error: unknown) => {
        if (error instanceof ProviderFailure && error.code === 'PROVIDER_ACCESS_DENIED') return [];
        throw error;
      }),
    );
    return lists.flat();
  }

  /**
   * Always empty: Azure has no API that lists a customer's past reservation refunds. The refunds
   * Azure counts toward its cap are shown through {@link calculateRefund}'s `consumedRefundsTotal`,
   * and the refunds filed through the bot come from its own store.
   */
  async listRefundHistory(_customerId: string): Promise<readonly RefundHistoryEntry[]> {
    return [];
  }

  /** `Reservation_Update` (PATCH) in the owning customer's tenant; the cache is refreshed after. */
  async updateScope(reservationId: string, scope: AppliedScope): Promise<Reservation> {
    const current = await this.#find(reservationId);
    const customer = await this.#owner(current);
    const updated = await guard(
      {
        access: 'customer-tenant',
        customer: customer.name,
        operation: `change the scope of reservation ${current.id}`,
      },
      async () => {
        const patch = patchOf(scope, customer.tenantId);
        const r = await this.#arm.updateScope(
          customer.tenantId,
          current.orderId,
          current.id,
          patch,
        );
        return r.properties?.appliedScopeType === undefined ? scope : scopeOf(r);
      },
    );
    this.#reservations.invalidate(customer.id);
    return { ...current, scope: updated };
  }

  /** ARM `CalculateRefund_Post` for `quantity` of the reservation, in the owning customer's tenant. */
  async calculateRefund(
    reservation: Reservation,
    quantity: number,
  ): Promise<ProviderRefundCalculation> {
    const customer = await this.#owner(reservation);
    return guard(
      {
        access: 'customer-tenant',
        customer: customer.name,
        operation: `calculate the refund of reservation ${reservation.id}`,
      },
      async () => {
        const body = refundRequestOf(reservation, quantity);
        const response = await this.#arm.calculateRefund(
          customer.tenantId,
          reservation.orderId,
          body,
        );
        return refundCalculationOf(response, reservation);
      },
    );
  }

  /** Forgets the cached data (one customer's reservations, or everything) before its TTL. */
  invalidate(customerId?: string): void {
    if (customerId !== undefined) {
      this.#reservations.invalidate(customerId);
      return;
    }
    this.#customers.clear();
    this.#reservations.clear();
  }

  async #customer(id: string): Promise<Customer | undefined> {
    return (await this.listCustomers()).find((c) => same(c.id, id) || same(c.tenantId, id));
  }

  async #owner(r: Reservation): Promise<Customer> {
    const customer = await this.#customer(r.customerId);
    if (customer !== undefined) return customer;
    throw new ProviderFailure('PROVIDER_UNAVAILABLE', {
      reason: `Partner Center no longer lists customer ${r.customerId}`,
    });
  }

  /** A reservation by ID, from the cache when it has it, else from every customer's list. */
  async #find(reservationId: string): Promise<Reservation> {
    const match = (list: readonly Reservation[]) => list.find((r) => same(r.id, reservationId));
    const found =
      match(this.#reservations.settled().flat()) ?? match(await this.listReservations());
    if (found !== undefined) return found;
    throw new ProviderFailure('PROVIDER_UNAVAILABLE', {
      reason: `no customer has reservation ${reservationId}`,
    });
  }

  #reservationsOf(customer: Customer): Promise<readonly Reservation[]> {
    return this.#reservations.get(customer.id, async (asOf) => {
      const orderIds = await guard(
        { access: 'partner-center', customer: customer.name, operation: 'list entitlements' },
        () => this.#partnerCenter.reservationOrderIds(customer.id),
      );
      const perOrder = await mapLimit(orderIds, parallelCalls, (orderId) =>
        guard(
          {
            access: 'customer-tenant',
            customer: customer.name,
            operation: `read reservation order ${orderId}`,
          },
          async () => {
            const { order, reservations } = await this.#arm.order(customer.tenantId, orderId);
            return reservations
              .filter(isActive)
              .map((r) => reservationOf(r, { order, orderId, customerId: customer.id, asOf }));
          },
        ),
      );
      return perOrder.flat();
    });
  }
}
