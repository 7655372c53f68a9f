import type {
  CalculateRefundRequest,
  CalculateRefundResponse,
  Patch,
  ReservationOrderResponse,
  ReservationResponse,
} from '@azure/arm-reservations';
import { AzureReservationAPI } from '@azure/arm-reservations';
import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import { forTenant } from './credentials.ts';
import { defaultRetry, type RetryOptions } from './partner-center-http.ts';
import { attemptTimeoutPolicy } from './reservations-timeout.ts';

export interface ArmReservationsOptions {
  readonly credential: TokenCredential;
  /** e.g. `https://management.azure.com`; the token scope is `<its origin>/.default`. */
  readonly resourceManagerUrl: string;
  readonly httpClient?: HttpClient;
  readonly retry: RetryOptions;
}

/** A reservation order (`$expand=schedule`: planInformation with its payments) and its reservations. */
export interface OrderDetails {
  readonly order: ReservationOrderResponse;
  readonly reservations: readonly ReservationResponse[];
}

/**
 * Microsoft.Capacity through `@azure/arm-reservations` (api-version 2022-11-01), one client per
 * customer tenant: every call carries a token for the customer's tenant (admin-agent / GDAP
 * access). The SDK retries 429 after Retry-After and 408/5xx/timeouts with backoff
 * (`retryOptions`); each call is also bounded by `totalTimeoutInMs`.
 */
export class ArmReservations {
  readonly #options: ArmReservationsOptions;
  readonly #clients = new Map<string, AzureReservationAPI>();

  constructor(options: ArmReservationsOptions) {
    this.#options = options;
  }

  async order(tenantId: string, orderId: string): Promise<OrderDetails> {
    const client = this.#client(tenantId);
    // Both settle before an error is thrown: no request is left running behind a failure.
    const [order, reservations] = await Promise.allSettled([
      client.reservationOrder.get(orderId, { expand: 'schedule', ...this.#call() }),
      (async () => {
        const all: ReservationResponse[] = [];
        for await (const r of client.reservation.list(orderId, this.#call())) all.push(r);
        return all;
      })(),
    ]);
    if (order.status === 'rejected') throw order.reason;
    if (reservations.status === 'rejected') throw reservations.reason;
    return { order: order.value, reservations: reservations.value };
  }

  /** `Reservation_Update` (PATCH), waiting for the long-running operation to finish. */
  updateScope(
    tenantId: string,
    orderId: string,
    reservationId: string,
    patch: Patch,
  ): Promise<ReservationResponse> {
    return this.#client(tenantId).reservation.update(orderId, reservationId, patch, this.#call());
  }

  calculateRefund(
    tenantId: string,
    orderId: string,
    body: CalculateRefundRequest,
  ): Promise<CalculateRefundResponse> {
    return this.#client(tenantId).calculateRefund.post(orderId, body, this.#call());
  }

  #call() {
    const total = this.#options.retry.totalTimeoutInMs ?? defaultRetry.totalTimeoutInMs;
    return { abortSignal: AbortSignal.timeout(total) };
  }

  #client(tenantId: string): AzureReservationAPI {
    const existing = this.#clients.get(tenantId);
    if (existing !== undefined) return existing;
    const o = this.#options;
    const retry = { ...defaultRetry, ...o.retry };
    const client = new AzureReservationAPI(forTenant(o.credential, tenantId), {
      endpoint: o.resourceManagerUrl,
      credentials: { scopes: [`${new URL(o.resourceManagerUrl).origin}/.default`] },
      retryOptions: {
        maxRetries: retry.maxRetries,
        retryDelayInMs: retry.retryDelayInMs,
        maxRetryDelayInMs: retry.maxRetryDelayInMs,
      },
      additionalPolicies: [
        { policy: attemptTimeoutPolicy(retry.timeoutInMs), position: 'perRetry' },
      ],
      ...(o.httpClient === undefined ? {} : { httpClient: o.httpClient }),
    });
    this.#clients.set(tenantId, client);
    return client;
  }
}
