import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AzureProvider } from '../../adapters/azure/azure-provider.ts';
import type { Reservation } from '../../src/reservations/model.ts';
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
const example = (file: string) => contract(`${examples}/${file}`);
const body = (file: string) => example(file).responses['200']?.body;
const contoso = 'b44bb1fb-c595-45b0-9e09-d657365580bf';
const reservationId = '6ef59113-3482-40da-8d79-787f823e34bc';
const orderId = '276e7ae4-84d0-4da6-ab4b-d6b94f3557da';
const orderPath = /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+$/i;
const reservationPath =
  /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+\/reservations\/[^/]+$/i;
const refundPath = /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+\/calculateRefund$/i;

/** The JSON's shape: the same keys and value types, whatever the values. */
const shape = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(shape)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
      : typeof value;

let fake: FakeAzure;
let credential: ReturnType<typeof staticCredential>;
let provider: AzureProvider;
beforeEach(async () => {
  fake = await startFakeAzure();
  const answer = (value: unknown) => () => ({ status: 200, body: value });
  fake.route(
    'GET',
    /^\/v1\/customers$/,
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
  fake.route('POST', refundPath, answer(body('CalculateRefund.json')));
  fake.route('PATCH', reservationPath, answer(body('UpdateReservation.json')));
  credential = staticCredential();
  provider = new AzureProvider({
    credential,
    partnerCenterUrl: fake.url,
    resourceManagerUrl: fake.httpsUrl,
    httpClient: insecureHttpClient(),
    clock: { now: () => '2026-11-28T15:48:00.000Z' },
    retry: { maxRetries: 2, retryDelayInMs: 1 },
  });
});
afterEach(() => fake.close());

const listed = async (): Promise<Reservation> => {
  const found = (await provider.listReservations(contoso)).find((r) => r.id === reservationId);
  if (found === undefined) throw new Error('the example reservation is not listed');
  return found;
};

describe('AzureProvider.calculateRefund', () => {
  it("asks ARM in the customer's tenant and maps amounts, cap and policy errors exactly", async () => {
    const calculation = await provider.calculateRefund(await listed(), 1);
    expect(calculation).toEqual({
      billingRefund: money(2072n, 'GBP'),
      pricingRefund: money(2492n, 'USD'),
      consumedRefundsTotal: money(8369n, 'USD'),
      maxRefundLimit: money(5_000_000n, 'USD'),
      policyErrors: [
        {
          code: 'SelfServiceRefundNotSupported',
          message:
            'Self Service refunds are currently not supported for this resource, please contact support.',
        },
      ],
    });
    const call = fake.calls.find((c) => refundPath.test(c.path));
    expect(call?.path).toBe(
      `/providers/Microsoft.Capacity/reservationOrders/${orderId}/calculateRefund`,
    );
    expect(call?.headers.authorization).toBe(`Bearer test-token-${contoso}`);
    expect(call?.body).toEqual({
      id: `/providers/microsoft.capacity/reservationOrders/${orderId}`,
      properties: {
        scope: 'Reservation',
        reservationToReturn: {
          reservationId: `/providers/microsoft.capacity/reservationOrders/${orderId}/reservations/${reservationId}`,
          quantity: 1,
        },
      },
    });
    expect(shape(call?.body)).toEqual(shape(example('CalculateRefund.json').parameters.body));
  });

  it('keeps the policy errors when Azure leaves the amounts out', async () => {
    fake.route('POST', refundPath, () => ({
      status: 200,
      body: {
        properties: {
          policyResult: {
            properties: {
              policyErrors: [{ code: 'RefundLimitExceeded', message: 'Over the limit' }],
            },
          },
        },
      },
    }));
    expect(await provider.calculateRefund(await listed(), 3)).toEqual({
      billingRefund: money(0n, 'USD'),
      policyErrors: [{ code: 'RefundLimitExceeded', message: 'Over the limit' }],
    });
  });
});

describe('AzureProvider.updateScope', () => {
  const patches = () => fake.calls.filter((c) => c.method === 'PATCH');

  it('PATCHes the applied scope and returns the reservation as Azure answers it', async () => {
    const subscription = '/subscriptions/0b1f6f2e-52c4-4c55-9e3a-2d9f4c1a7b80';
    const before = await listed();
    const after = await provider.updateScope(reservationId, {
      type: 'Single',
      target: subscription,
    });
    const [patch] = patches();
    expect(patch?.path).toBe(
      `/providers/Microsoft.Capacity/reservationOrders/${orderId}/reservations/${reservationId}`,
    );
    expect(patch?.query).toEqual({ 'api-version': '2022-11-01' });
    expect(patch?.headers.authorization).toBe(`Bearer test-token-${contoso}`);
    expect(patch?.body).toEqual({
      properties: { appliedScopeType: 'Single', appliedScopes: [subscription] },
    });
    // UpdateReservation.json answers with a Shared scope.
    expect(after).toEqual({ ...before, scope: { type: 'Shared', target: null } });
  });

  it('sends Shared as the example request does, and ManagementGroup with its tenant', async () => {
    // Both example customers hold the example reservation: list Contoso's so it is the owner.
    await listed();
    await provider.updateScope(reservationId, { type: 'Shared', target: null });
    await listed();
    const group = '/providers/Microsoft.Management/managementGroups/contoso-prod';
    await provider.updateScope(reservationId, { type: 'ManagementGroup', target: group });
    const [shared, managementGroup] = patches();
    const { instanceFlexibility: _, ...sharedRequest } = (
      example('UpdateReservation.json').parameters.parameters as {
        properties: Record<string, unknown>;
      }
    ).properties;
    expect(shared?.body).toEqual({ properties: sharedRequest });
    expect(managementGroup?.body).toEqual({
      properties: {
        appliedScopeType: 'ManagementGroup',
        appliedScopeProperties: { tenantId: contoso, managementGroupId: group },
      },
    });
  });

  it("refreshes the customer's cached reservations after a change", async () => {
    await listed();
    const reads = () =>
      fake.calls.filter((c) => c.method === 'GET' && orderPath.test(c.path)).length;
    const before = reads();
    await listed();
    expect(reads()).toBe(before);
    await provider.updateScope(reservationId, { type: 'Shared', target: null });
    await listed();
    expect(reads()).toBe(before + 1);
  });
});
