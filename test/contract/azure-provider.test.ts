import { afterEach, describe, expect, it } from 'vitest';
import { AzureProvider } from '../../adapters/azure/azure-provider.ts';
import { money } from '../../src/shared/money.ts';
import {
  contract,
  type FakeAzure,
  insecureHttpClient,
  partnerCenterExample,
  startFakeAzure,
  staticCredential,
} from '../support/fake-azure.ts';

const examples = 'azure/reservations/2022-11-01';
const body = (file: string) => contract(`${examples}/${file}`).responses['200']?.body;
const customers = partnerCenterExample('get-a-list-of-customers.response.json') as {
  items: unknown[];
  links: Record<string, unknown>;
};
const contoso = 'b44bb1fb-c595-45b0-9e09-d657365580bf';
const fetchedAt = '2026-11-28T15:48:00.000Z';

let fake: FakeAzure;
afterEach(() => fake.close());

/** The fake answering every route with an official example, whatever the IDs in the path. */
const start = async (reservationList = body('GetReservationsFromOrder.json')) => {
  fake = await startFakeAzure();
  fake.route('GET', /^\/v1\/customers$/, () => ({ status: 200, body: customers }));
  fake.route('GET', /^\/v1\/customers\/[^/]+\/entitlements$/, () => ({
    status: 200,
    body: partnerCenterExample('get-entitlements-all.response.json'),
  }));
  fake.route('GET', /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+$/i, () => ({
    status: 200,
    body: body('GetReservationOrderDetailsWithExpandPlanInformation.json'),
  }));
  fake.route(
    'GET',
    /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+\/reservations$/i,
    () => ({
      status: 200,
      body: reservationList,
    }),
  );
  const credential = staticCredential();
  const clock = { instant: fetchedAt, now: () => clock.instant };
  const provider = new AzureProvider({
    credential,
    partnerCenterUrl: fake.url,
    resourceManagerUrl: fake.httpsUrl,
    httpClient: insecureHttpClient(),
    clock,
    retry: { maxRetries: 2, retryDelayInMs: 1 },
  });
  return { provider, credential, clock };
};

describe('AzureProvider against the official examples', () => {
  it('lists Partner Center customers (a "<guid>" tenant ID falls back to the customer ID)', async () => {
    const { provider } = await start();
    expect(await provider.listCustomers()).toEqual([
      { id: contoso, name: 'companyName', domain: 'domain', tenantId: contoso },
      {
        id: '45c44870-ef77-4fdd-b6fe-3dacb075cff2',
        name: 'companyName',
        domain: 'domain',
        tenantId: '45c44870-ef77-4fdd-b6fe-3dacb075cff2',
      },
    ]);
    expect(fake.calls[0]).toMatchObject({ path: '/v1/customers', query: { size: '500' } });
  });

  it('follows links.next with its MS-ContinuationToken', async () => {
    const { provider } = await start();
    const [first, second] = customers.items;
    const next = {
      uri: '/customers?size=500&seekOperation=Next',
      method: 'GET',
      headers: [{ key: 'MS-ContinuationToken', value: 'page-2-token' }],
    };
    fake.route('GET', /^\/v1\/customers$/, (call) =>
      call.headers['ms-continuationtoken'] === 'page-2-token'
        ? { status: 200, body: { ...customers, items: [second] } }
        : {
            status: 200,
            body: { ...customers, items: [first], links: { ...customers.links, next } },
          },
    );
    expect((await provider.listCustomers()).map((c) => c.id)).toEqual([
      contoso,
      '45c44870-ef77-4fdd-b6fe-3dacb075cff2',
    ]);
    expect(fake.calls.map((c) => c.query)).toEqual([
      { size: '500' },
      { size: '500', seekOperation: 'Next' },
    ]);
  });

  it("maps a customer's reservations: active ones only, bare IDs, exact money", async () => {
    const { provider } = await start();
    const reservations = await provider.listReservations(contoso);
    expect(reservations.map((r) => r.id)).toEqual([
      '6ef59113-3482-40da-8d79-787f823e34bc',
      '5se63214-3382-40da-ed79-787f823e34bc',
    ]);
    expect(reservations[0]).toEqual({
      id: '6ef59113-3482-40da-8d79-787f823e34bc',
      orderId: '276e7ae4-84d0-4da6-ab4b-d6b94f3557da',
      customerId: contoso,
      displayName: 'cabri_test',
      reservedResourceType: 'VirtualMachines',
      sku: 'Standard_DS1_v2',
      location: 'eastus',
      quantity: 3,
      term: 'P1Y',
      billingPlan: 'Monthly',
      purchaseDate: '2019-08-30',
      expiryDate: '2018-09-22',
      // 3 of the order's original 7, of its 466 USD lifetime total: 199.714… → 199.71.
      price: money(19_971n, 'USD'),
      pricingPrice: money(19_971n, 'USD'),
      scope: { type: 'Single', target: '/subscriptions/98df3792-7962-4f18-8be2-d5576f122de3' },
      // The example's billingScopeId: where a support ticket for it is filed.
      billingSubscriptionId: '19376483-64b8-49e4-a931-d5248828720a',
      utilization: { asOf: fetchedAt },
    });
    const order = fake.calls.find((c) => /reservationOrders\/[^/]+$/.test(c.path));
    expect(order).toMatchObject({
      path: '/providers/Microsoft.Capacity/reservationOrders/ebf2e74b-630e-4a09-857d-a1f6c6351336',
      query: { 'api-version': '2022-11-01', $expand: 'schedule' },
    });
  });

  it('reads utilization aggregates, purchase date and term from the reservation', async () => {
    const { provider } = await start(body('GetReservations.json'));
    const [r] = await provider.listReservations(contoso);
    expect(r).toMatchObject({
      id: '00000000-0000-0000-0000-000000000000',
      orderId: '00000000-0000-0000-0000-000000000001',
      term: 'P3Y',
      billingPlan: 'Monthly',
      purchaseDate: '2021-04-22',
      expiryDate: '2023-07-21',
      price: money(13_314n, 'USD'),
      scope: { type: 'Shared', target: null },
      hasUsage: true,
      utilization: { day1: 0.05, day7: 0.05, day30: 0.05, asOf: fetchedAt },
    });
  });

  it('uses the partner token for Partner Center and the customer-tenant token for ARM', async () => {
    const { provider, credential } = await start();
    await provider.listReservations(contoso);
    const auth = (pattern: RegExp) =>
      new Set(fake.calls.filter((c) => pattern.test(c.path)).map((c) => c.headers.authorization));
    expect(auth(/^\/v1\//)).toEqual(new Set(['Bearer test-token']));
    expect(auth(/^\/providers\//)).toEqual(new Set([`Bearer test-token-${contoso}`]));
    expect(new Set(credential.tenants)).toEqual(new Set([undefined, contoso]));
  });

  it('lists every customer, and serves a second list from the cache within the TTL', async () => {
    const { provider, clock } = await start();
    expect(await provider.listReservations()).toHaveLength(4);
    const calls = fake.calls.length;
    clock.instant = '2026-11-28T15:52:59.000Z';
    expect(await provider.listReservations()).toHaveLength(4);
    expect(fake.calls).toHaveLength(calls);
    clock.instant = '2026-11-28T15:53:00.000Z';
    const [fresh] = await provider.listReservations(contoso);
    expect(fake.calls.length).toBeGreaterThan(calls);
    expect(fresh?.utilization?.asOf).toBe('2026-11-28T15:53:00.000Z');
  });
});
