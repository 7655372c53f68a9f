import { randomUUID } from 'node:crypto';
import type { TokenCredential } from '@azure/core-auth';
import type { Customer } from '../../src/reservations/model.ts';
import { partnerCenterScope } from './credentials.ts';
import { bareId, orderIdIn } from './mapping.ts';
import { fetchWithRetry, PartnerCenterError, type RetryOptions } from './partner-center-http.ts';

type Json = Readonly<Record<string, unknown>>;

const objectOr = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const arrayOr = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const textOr = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Pages followed at most (500 customers a page): a loop in `links.next` cannot run forever. */
const maxPages = 200;

/**
 * A Partner Center customer as the domain's `Customer`: `id` is the customer ID (which is its
 * tenant ID), `tenantId` the company profile's when it is a GUID, else the ID (the docs' examples
 * carry a `"<guid>"` placeholder there).
 */
export const customerOf = (item: unknown): Customer | undefined => {
  const c = objectOr(item);
  const id = textOr(c.id);
  if (id === undefined) return undefined;
  const profile = objectOr(c.companyProfile);
  const tenantId = textOr(profile.tenantId);
  return {
    id,
    name: textOr(profile.companyName) ?? id,
    domain: textOr(profile.domain) ?? '',
    tenantId: tenantId !== undefined && guidPattern.test(tenantId) ? tenantId : id,
  };
};

/** `reservedinstance`, and the legacy `virtual_machine_reserved_instance` (2017 docs). */
const isReservedInstance = (type: unknown): boolean =>
  (textOr(type) ?? '').replaceAll('_', '').toLowerCase().endsWith('reservedinstance');

/**
 * The reservation order IDs in an entitlements answer: every `entitledArtifacts[]` entry of a
 * reserved-instance entitlement (either shape, nested `includedEntitlements` too), its
 * `resourceId` — or the last segment of `link.uri` — as a bare ID, without repeats.
 */
export const reservationOrderIdsOf = (body: unknown): string[] => {
  const ids = new Set<string>();
  const visit = (entitlement: unknown): void => {
    const e = objectOr(entitlement);
    for (const a of arrayOr(e.entitledArtifacts).map(objectOr)) {
      if (!isReservedInstance(a.artifactType) && !isReservedInstance(e.entitlementType)) continue;
      const resource = textOr(a.resourceId) ?? textOr(objectOr(a.link).uri);
      if (resource !== undefined) ids.add(orderIdIn(resource) ?? bareId(resource));
    }
    arrayOr(e.includedEntitlements).forEach(visit);
  };
  arrayOr(objectOr(body).items).forEach(visit);
  return [...ids];
};

export interface PartnerCenterOptions {
  readonly credential: TokenCredential;
  /** e.g. `https://api.partnercenter.microsoft.com` (without `/v1`). */
  readonly partnerCenterUrl: string;
  readonly retry: RetryOptions;
}

/** Partner Center REST (`fetch`), with a token for the partner tenant. */
export class PartnerCenter {
  readonly #options: PartnerCenterOptions;
  readonly #base: URL;

  constructor(options: PartnerCenterOptions) {
    this.#options = options;
    this.#base = new URL(options.partnerCenterUrl.replace(/\/+$/, ''));
  }

  /** `GET /v1/customers?size=500`, following `links.next` with its `MS-ContinuationToken`. */
  async listCustomers(): Promise<Customer[]> {
    const items = await this.#pages('/v1/customers?size=500');
    return items.map(customerOf).filter((c) => c !== undefined);
  }

  /** The customer's reservation orders, from `GET /v1/customers/{id}/entitlements`. */
  async reservationOrderIds(customerId: string): Promise<string[]> {
    const path = `/v1/customers/${encodeURIComponent(customerId)}/entitlements?entitlementType=reservedinstance`;
    return reservationOrderIdsOf({ items: await this.#pages(path) });
  }

  /** Every page's `items`; `links.next.uri` is relative to the API root (with or without `/v1`). */
  async #pages(firstPath: string): Promise<unknown[]> {
    const items: unknown[] = [];
    let next: { path: string; headers: Record<string, string> } | undefined = {
      path: firstPath,
      headers: {},
    };
    for (let page = 0; next !== undefined; page += 1) {
      if (page >= maxPages) throw new PartnerCenterError(`more than ${maxPages} pages`, undefined);
      const body = objectOr(await this.#get(next.path, next.headers));
      items.push(...arrayOr(body.items));
      const link = objectOr(objectOr(body.links).next);
      const uri = textOr(link.uri);
      next =
        uri === undefined
          ? undefined
          : {
              path: uri.startsWith('/v1/') || !uri.startsWith('/') ? uri : `/v1${uri}`,
              headers: Object.fromEntries(
                arrayOr(link.headers)
                  .map(objectOr)
                  .flatMap((h) => {
                    const [key, value] = [textOr(h.key), textOr(h.value)];
                    return key === undefined || value === undefined ? [] : [[key, value]];
                  }),
              ),
            };
    }
    return items;
  }

  async #get(path: string, headers: Readonly<Record<string, string>>): Promise<unknown> {
    // Only the API's own origin ever gets the partner token, whatever a next link says.
    const relative = path.replace(/^[a-z]+:\/\/[^/]+/i, '');
    const url = `${this.#base.href.replace(/\/$/, '')}${relative.startsWith('/') ? '' : '/'}${relative}`;
    const accessToken = await this.#options.credential.getToken(partnerCenterScope);
    if (accessToken === null) throw new PartnerCenterError('no Partner Center token', undefined);
    const response = await fetchWithRetry(
      url,
      {
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${accessToken.token}`,
          'MS-CorrelationId': randomUUID(),
          'MS-RequestId': randomUUID(),
          ...headers,
        },
      },
      this.#options.retry,
    );
    // Partner Center may start its JSON with a byte order mark.
    const text = (await response.text()).replace(/^\uFEFF/, '');
    try {
      return text === '' ? {} : JSON.parse(text);
    } catch (error) {
      throw new PartnerCenterError(`answered ${path} with text that is not JSON`, response.status, {
        cause: error,
      });
    }
  }
}
