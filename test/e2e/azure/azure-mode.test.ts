import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compose } from '../../../adapters/compose.ts';
import { parseConfig } from '../../../adapters/system/config.ts';
import { contact } from '../../support/desk-harness.ts';
import {
  contract,
  type FakeAzure,
  insecureHttpClient,
  partnerCenterExample,
  startFakeAzure,
  staticCredential,
} from '../../support/fake-azure.ts';
import { createTempDir, type TempDir } from '../../support/temp-dir.ts';

const reservations = (file: string) =>
  contract(`azure/reservations/2022-11-01/${file}`).responses['200']?.body;
let fake: FakeAzure;
let dir: TempDir;
afterEach(async () => {
  await fake?.close();
  await dir?.remove();
});

/** The whole process in Azure mode, wired by the composition root, against the official examples. */
const azureMode = async () => {
  fake = await startFakeAzure();
  dir = await createTempDir('azure-');
  fake.route('GET', /^\/v1\/customers$/, () => ({
    status: 200,
    body: partnerCenterExample('get-a-list-of-customers.response.json'),
  }));
  fake.route('GET', /^\/v1\/customers\/[^/]+\/entitlements$/, () => ({
    status: 200,
    body: partnerCenterExample('get-entitlements-all.response.json'),
  }));
  fake.route('GET', /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+$/i, () => ({
    status: 200,
    body: reservations('GetReservationOrderDetailsWithExpandPlanInformation.json'),
  }));
  fake.route(
    'GET',
    /^\/providers\/Microsoft\.Capacity\/reservationOrders\/[^/]+\/reservations$/i,
    () => ({ status: 200, body: reservations('GetReservations.json') }),
  );
  fake.route('POST', /calculateRefund$/i, () => ({
    status: 200,
    body: reservations('CalculateRefund.json'),
  }));
  const parsed = parseConfig(
    {
      RESERVATION_DESK_PROVIDER: 'azure',
      RESERVATION_DESK_NOW: '2022-06-01T09:00:00Z',
      RESERVATION_DESK_STORE: join(dir.path, 'store.json'),
      AZURE_TENANT_ID: 'a1b2c3d4-0000-4000-8000-00000000aaaa',
      AZURE_CLIENT_ID: 'b1b2c3d4-0000-4000-8000-00000000bbbb',
      AZURE_CLIENT_SECRET: 'not-used-with-the-fake',
      AZURE_PARTNER_CENTER_URL: fake.url,
      AZURE_RESOURCE_MANAGER_URL: fake.httpsUrl,
    },
    { cwd: process.cwd(), projectRoot: process.cwd() },
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const { desk } = await compose(parsed.config, {
    azure: { credential: staticCredential(), httpClient: insecureHttpClient() },
  });
  return desk;
};

describe('Azure mode, wired by the composition root', () => {
  it('lists Partner Center customers and their Azure reservations, and quotes with Azure beside the bot', async () => {
    const desk = await azureMode();
    const customers = await desk.customers();
    expect(customers.ok && customers.value.length).toBe(2);
    const listed = await desk.reservations('b44bb1fb-c595-45b0-9e09-d657365580bf');
    expect(listed.ok && listed.value.reservations[0]?.reservation.displayName).toBe(
      'VM_RI_07-21-2020_12-06',
    );
    const quoted = await desk.quoteRefund({
      reservation: 'b44bb1fb-c595-45b0-9e09-d657365580bf/VM_RI_07-21-2020_12-06',
    });
    expect(quoted.ok).toBe(true);
    if (!quoted.ok) return;
    expect(quoted.value.provider?.billingRefund.currency).toBe('GBP');
    // The official example says self-service refunds are not supported: the support request is the way.
    expect(quoted.value.provider?.policyErrors.map((e) => e.code)).toEqual([
      'SelfServiceRefundNotSupported',
    ]);
  });

  it('leaves an approved request failed, saying why, when Azure has no subscription to file it in', async () => {
    const desk = await azureMode();
    fake.route('GET', /problemClassifications$/, () => ({
      status: 200,
      body: contract('azure/support/2020-04-01/ListProblemClassifications.json').responses['200']
        ?.body,
    }));
    const dev = await desk.identify({ kind: 'local', nameOrEmail: 'dev.patel@partner.example' });
    const ana = await desk.identify({ kind: 'local', nameOrEmail: 'ana.silva@partner.example' });
    if (!dev.ok || !ana.ok) throw new Error('the demo directory has Dev and Ana');
    const submitted = await desk.submitRefund(dev.value, {
      reservation: 'b44bb1fb-c595-45b0-9e09-d657365580bf/VM_RI_07-21-2020_12-06',
      quantity: '1',
      reason: 'retired',
      contact,
      channel: 'cli',
    });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const approved = await desk.approve(ana.value, {
      requestId: submitted.value.id,
      channel: 'cli',
    });
    expect(approved.ok && approved.value.request.status).toBe('failed');
    expect(approved.ok && approved.value.request.failureReason).toContain('subscription');
  });
});
