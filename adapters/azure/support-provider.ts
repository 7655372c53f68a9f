import type { ProblemClassification } from '@azure/arm-support';
import { MicrosoftSupport } from '@azure/arm-support';
import type { TokenCredential } from '@azure/core-auth';
import { auxiliaryAuthenticationHeaderPolicy, type HttpClient } from '@azure/core-rest-pipeline';
import {
  ProviderFailure,
  type SupportProvider,
  type SupportRequestInput,
  type SupportTicket,
} from '../../src/ports.ts';
import { armScope, forTenant } from './credentials.ts';
import { providerFailure } from './failure.ts';
import {
  billingServiceId,
  noSubscriptionReason,
  refundClassificationId,
  refundClassificationParts,
  restStatus,
  supportTicketName,
  ticketDetails,
  toSupportTicket,
} from './support-ticket.ts';

/** Where a request's ticket lives: Azure Support tickets belong to a customer subscription. */
export interface SupportTicketLocation {
  readonly customerTenantId: string;
  readonly subscriptionId: string;
}

export interface AzureSupportOptions {
  /** The partner's app registration; asked for customer-tenant and partner-tenant ARM tokens. */
  readonly credential: TokenCredential;
  /** The CSP partner's tenant: its token goes in `x-ms-authorization-auxiliary`. */
  readonly partnerTenantId: string;
  /** ARM endpoint, e.g. `https://management.azure.com`. */
  readonly resourceManagerUrl: string;
  readonly httpClient?: HttpClient;
  /** Bounded retries of 5xx/408/network errors (exponential) and 429/503 (Retry-After honoured). */
  readonly retry?: {
    readonly maxRetries: number;
    readonly retryDelayInMs: number;
    readonly maxRetryDelayInMs?: number;
  };
  /** Poll interval while Azure finishes creating a ticket (202 answers); SDK default 2 s. */
  readonly pollIntervalInMs?: number;
  /**
   * Where an earlier process filed a request's ticket, for `getSupportRequest` after a restart
   * (e.g. from the stored request: customer tenant and the subscription it was filed in).
   */
  readonly locate?: (requestId: string) => Promise<SupportTicketLocation | undefined>;
}

const defaultRetry = { maxRetries: 3, retryDelayInMs: 1_000, maxRetryDelayInMs: 30_000 };
const english = { requestOptions: { customHeaders: { 'Accept-Language': 'en-US' } } };

/**
 * Files the Billing → Reservation management → Exchanges and refunds support request with Azure
 * Support (`@azure/arm-support`, api-version 2020-04-01) on behalf of a CSP customer: the customer
 * tenant's token authorizes the call, the partner tenant's rides in `x-ms-authorization-auxiliary`.
 * The ticket name is derived from the request ID and looked up before creating, so a retry (even
 * after a crash) finds the ticket instead of filing a second one.
 */
export class AzureSupport implements SupportProvider {
  readonly #options: AzureSupportOptions;
  readonly #clients = new Map<string, MicrosoftSupport>();
  readonly #locations = new Map<string, SupportTicketLocation>();
  readonly #inFlight = new Map<string, Promise<SupportTicket>>();
  #classification: Promise<string> | undefined;

  constructor(options: AzureSupportOptions) {
    this.#options = options;
  }

  createSupportRequest(input: SupportRequestInput): Promise<SupportTicket> {
    const subscriptionId = input.subscriptionId;
    if (subscriptionId === undefined || subscriptionId === '') {
      return Promise.reject(
        new ProviderFailure('PROVIDER_UNAVAILABLE', {
          reason: noSubscriptionReason(input.customerTenantId),
        }),
      );
    }
    const where = { customerTenantId: input.customerTenantId, subscriptionId };
    this.#locations.set(input.requestId, where);
    const running = this.#inFlight.get(input.requestId);
    if (running !== undefined) return running;
    const filing = this.#file(input, where).finally(() => this.#inFlight.delete(input.requestId));
    this.#inFlight.set(input.requestId, filing);
    return filing;
  }

  async getSupportRequest(requestId: string): Promise<SupportTicket | undefined> {
    const where = this.#locations.get(requestId) ?? (await this.#options.locate?.(requestId));
    if (where === undefined) {
      throw new ProviderFailure('PROVIDER_UNAVAILABLE', {
        reason: `the support ticket of ${requestId} cannot be looked up: Azure Support keeps tickets per customer subscription and the bot does not know which one it was filed in`,
      });
    }
    try {
      return await this.#find(this.#client(where), supportTicketName(requestId));
    } catch (error) {
      throw this.#failure(error, where, 'get support request');
    }
  }

  async #file(input: SupportRequestInput, where: SupportTicketLocation): Promise<SupportTicket> {
    const client = this.#client(where);
    const name = supportTicketName(input.requestId);
    try {
      const existing = await this.#find(client, name);
      if (existing !== undefined) return existing;
      const details = ticketDetails(input, await this.#refundClassification(client));
      try {
        const created = await client.supportTickets.beginCreateAndWait(name, details, {
          ...(this.#options.pollIntervalInMs === undefined
            ? {}
            : { updateIntervalInMs: this.#options.pollIntervalInMs }),
        });
        return toSupportTicket(created, name);
      } catch (error) {
        // Another process (or a lost answer to our own PUT) created it meanwhile.
        const found = restStatus(error) === 409 ? await this.#find(client, name) : undefined;
        if (found !== undefined) return found;
        throw error;
      }
    } catch (error) {
      throw this.#failure(error, where, 'create support request');
    }
  }

  /** The ticket with this name in the client's subscription, or undefined when Azure says 404. */
  async #find(client: MicrosoftSupport, name: string): Promise<SupportTicket | undefined> {
    try {
      return toSupportTicket(await client.supportTickets.get(name), name);
    } catch (error) {
      if (restStatus(error) === 404) return undefined;
      throw error;
    }
  }

  /** The refund classification's full ID, listed once per process (a failed lookup is retried). */
  #refundClassification(client: MicrosoftSupport): Promise<string> {
    this.#classification ??= (async () => {
      const listed: ProblemClassification[] = [];
      for await (const c of client.problemClassifications.list(billingServiceId, english)) {
        listed.push(c);
      }
      const id = refundClassificationId(listed);
      if (id === undefined) {
        throw new ProviderFailure('PROVIDER_UNAVAILABLE', {
          reason: `Azure Support's Billing service (${billingServiceId}) lists no problem classification named "${refundClassificationParts.join(' / ')}" (found: ${listed.map((c) => c.displayName ?? c.name ?? '?').join('; ') || 'none'}); file the request in the Azure portal`,
        });
      }
      return id;
    })();
    const pending = this.#classification;
    pending.catch(() => {
      if (this.#classification === pending) this.#classification = undefined;
    });
    return pending;
  }

  /** A client in the customer's context, carrying the partner-tenant token as auxiliary. */
  #client(where: SupportTicketLocation): MicrosoftSupport {
    const key = `${where.customerTenantId}/${where.subscriptionId}`;
    let client = this.#clients.get(key);
    if (client === undefined) {
      const { credential, partnerTenantId, resourceManagerUrl, httpClient } = this.#options;
      const partner = forTenant(credential, partnerTenantId);
      client = new MicrosoftSupport(
        forTenant(credential, where.customerTenantId),
        where.subscriptionId,
        {
          endpoint: resourceManagerUrl,
          credentialScopes: [armScope],
          retryOptions: { ...defaultRetry, ...this.#options.retry },
          additionalPolicies: [
            {
              policy: auxiliaryAuthenticationHeaderPolicy({
                credentials: [partner],
                scopes: armScope,
              }),
              position: 'perCall',
            },
          ],
          ...(httpClient === undefined ? {} : { httpClient }),
        },
      );
      this.#clients.set(key, client);
    }
    return client;
  }

  #failure(error: unknown, where: SupportTicketLocation, operation: string): ProviderFailure {
    return providerFailure(error, {
      access: 'customer-tenant',
      customer: where.customerTenantId,
      operation,
    });
  }
}
