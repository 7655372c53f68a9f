import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AzureProvider } from '../../adapters/azure/azure-provider.ts';
import type { RetryOptions } from '../../adapters/azure/partner-center-http.ts';
import { ProviderFailure } from '../../src/ports.ts';
import {
  contract,
  type FakeAzure,
  insecureHttpClient,
  partnerCenterExample,
  startFakeAzure,
  staticCredential,
} from '../support/fake-azure.ts';

const body = (file: string) =>
  contract(`azure/reservations/2022-11-01/${file}`).responses['200']?.body;
const contoso = 'b44bb1fb-c595-45b0-9e09-d657365580bf';
const customersPath = /^\/v1\/customers$/;
const orderPath = /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+$/i;

let fake: FakeAzure;
let waits: number[];
beforeEach(async () => {
  fake = await startFakeAzure();
  const answer = (value: unknown) => () => ({ status: 200, body: value });
  fake.route(
    'GET',
    customersPath,
    answer(partnerCenterExample('get-a-list-of-customers.response.json')),
  );
  fake.route(
    'GET',
    /^\/v1\/customers\/[^/]+\/entitlements$/,
    answer(partnerCenterExample('get-entitlements-all.response.json')),
  );
  fake.route(
    'GET',
    orderPath,
    answer(body('GetReservationOrderDetailsWithExpandPlanInformation.json')),
  );
  fake.route(
    'GET',
    /\/reservationOrders\/[^/]+\/reservations$/i,
    answer(body('GetReservationsFromOrder.json')),
  );
  waits = [];
});
afterEach(() => fake.close());

const provider = (retry: Partial<RetryOptions> = {}) =>
  new AzureProvider({
    credential: staticCredential(),
    partnerCenterUrl: fake.url,
    resourceManagerUrl: fake.httpsUrl,
    httpClient: insecureHttpClient(),
    clock: { now: () => '2026-11-28T15:48:00.000Z' },
    retry: {
      maxRetries: 2,
      retryDelayInMs: 1,
      sleep: async (ms) => void waits.push(ms),
      ...retry,
    },
  });

const failure = async (run: Promise<unknown>): Promise<ProviderFailure> => {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProviderFailure)) throw new Error(`expected a ProviderFailure: ${error}`);
  return error;
};
const callsTo = (pattern: RegExp) => fake.calls.filter((c) => pattern.test(c.path)).length;

describe('AzureProvider failures', () => {
  it.each([401, 403])(
    'Partner Center %i → PROVIDER_ACCESS_DENIED for the partner app',
    async (status) => {
      fake.failNext('GET', customersPath, { status, body: { code: 'Unauthorized' } });
      const error = await failure(provider().listCustomers());
      expect(error.code).toBe('PROVIDER_ACCESS_DENIED');
      expect(error.details).toMatchObject({ access: 'partner-center', status: String(status) });
      expect(callsTo(customersPath)).toBe(1);
    },
  );

  it.each([401, 403])(
    "ARM %i → PROVIDER_ACCESS_DENIED naming the customer's tenant",
    async (status) => {
      fake.failNext('GET', orderPath, {
        status,
        body: { error: { code: 'AuthorizationFailed', message: 'no access' } },
      });
      const error = await failure(provider().listReservations(contoso));
      expect(error.code).toBe('PROVIDER_ACCESS_DENIED');
      expect(error.details).toMatchObject({
        access: 'customer-tenant',
        status: String(status),
        customer: 'companyName',
      });
    },
  );

  it('leaves a customer without access out of the list of every customer', async () => {
    fake.failNext('GET', orderPath, { status: 403 });
    expect(await provider().listReservations()).toHaveLength(2);
  });

  it('Partner Center 429 waits its Retry-After, then succeeds', async () => {
    fake.failNext('GET', customersPath, { status: 429, headers: { 'Retry-After': '7' } });
    expect(await provider().listCustomers()).toHaveLength(2);
    expect(waits).toEqual([7000]);
    expect(callsTo(customersPath)).toBe(2);
  });

  it('Partner Center: a Retry-After beyond the longest wait is not waited for', async () => {
    fake.failNext('GET', customersPath, { status: 429, headers: { 'Retry-After': '120' } });
    const error = await failure(provider().listCustomers());
    expect(error.code).toBe('PROVIDER_UNAVAILABLE');
    expect(error.details.reason).toContain('429');
    expect(waits).toEqual([]);
  });

  it('ARM 429 with Retry-After is retried by the SDK, then succeeds', async () => {
    fake.failNext('GET', orderPath, { status: 429, headers: { 'Retry-After': '0' } });
    expect(await provider().listReservations(contoso)).toHaveLength(2);
    expect(callsTo(orderPath)).toBe(2);
  });

  it('Partner Center 500 until the retries run out → PROVIDER_UNAVAILABLE', async () => {
    fake.route('GET', customersPath, () => ({ status: 500, body: { code: 'InternalError' } }));
    const error = await failure(provider().listCustomers());
    expect(error.code).toBe('PROVIDER_UNAVAILABLE');
    expect(error.details.reason).toContain('list customers failed with 500');
    expect(callsTo(customersPath)).toBe(3);
    expect(waits).toEqual([1, 2]);
  });

  it('ARM 500 until the retries run out → PROVIDER_UNAVAILABLE', async () => {
    fake.route('GET', orderPath, () => ({
      status: 500,
      body: { error: { code: 'InternalError' } },
    }));
    const error = await failure(provider().listReservations(contoso));
    expect(error.code).toBe('PROVIDER_UNAVAILABLE');
    expect(error.details.reason).toContain('failed with 500');
    expect(callsTo(orderPath)).toBe(3);
  });

  it('a failed fetch is not cached: the next call asks again', async () => {
    fake.failNext('GET', customersPath, { status: 403 });
    const p = provider();
    await failure(p.listCustomers());
    expect(await p.listCustomers()).toHaveLength(2);
  });
});

describe('AzureProvider timeouts (each waits for its 25 ms attempt timeout)', () => {
  it('Partner Center: an attempt without an answer is abandoned and retried', async () => {
    // Its own server: the fake's close() would wait for fetch's abandoned keep-alive socket.
    const customers = JSON.stringify(partnerCenterExample('get-a-list-of-customers.response.json'));
    let requests = 0;
    const server = createServer((_req, res) => {
      requests += 1;
      if (requests > 1) res.writeHead(200, { 'Content-Type': 'application/json' }).end(customers);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const p = new AzureProvider({
      credential: staticCredential(),
      partnerCenterUrl: `http://127.0.0.1:${port}`,
      resourceManagerUrl: fake.httpsUrl,
      clock: { now: () => '2026-11-28T15:48:00.000Z' },
      retry: { maxRetries: 2, retryDelayInMs: 1, timeoutInMs: 25 },
    });
    try {
      expect(await p.listCustomers()).toHaveLength(2);
      expect(requests).toBe(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('ARM: an attempt without an answer is abandoned and retried', async () => {
    let release: (() => void) | undefined;
    const order = body('GetReservationOrderDetailsWithExpandPlanInformation.json');
    fake.route('GET', orderPath, async () => {
      if (release !== undefined) {
        release();
        return { status: 200, body: order };
      }
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { status: 504 };
    });
    expect(await provider({ timeoutInMs: 25 }).listReservations(contoso)).toHaveLength(2);
    expect(callsTo(orderPath)).toBe(2);
  });
});
