import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AzureSupport } from '../../adapters/azure/support-provider.ts';
import { isRefundClassification, supportTicketName } from '../../adapters/azure/support-ticket.ts';
import type { RequestRecord } from '../../src/approvals/model.ts';
import type { SupportRequestInput } from '../../src/ports.ts';
import {
  contract,
  type FakeAzure,
  insecureHttpClient,
  startFakeAzure,
  staticCredential,
} from '../support/fake-azure.ts';

const customerTenant = '6ad12b5c-33af-4bcd-a200-b4a64ba4d29a';
const subscription = '132d901f-189d-4381-9214-fe68e27e05a1';
const ticketPath = /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Support\/supportTickets\/[^/]+$/;
const classificationsPath =
  /^\/providers\/Microsoft\.Support\/services\/[^/]+\/problemClassifications$/;

const input = (overrides: Partial<SupportRequestInput> = {}): SupportRequestInput => ({
  requestId: 'REQ-7F3K9Q',
  title: 'Refund reservation VM_RI_D2s_weu (Contoso Ltd)',
  description: 'Customer Contoso Ltd; reservation 5e846895; quantity 2.',
  contact: {
    firstName: 'Ana',
    lastName: 'Silva',
    preferredContactMethod: 'email',
    email: 'ana.silva@partner.example',
    timeZone: 'W. Europe Standard Time',
    language: 'en-us',
    country: 'PRT',
  },
  customerTenantId: customerTenant,
  subscriptionId: subscription,
  request: { id: 'REQ-7F3K9Q' } as RequestRecord,
  ...overrides,
});

let fake: FakeAzure;
const support = () =>
  new AzureSupport({
    credential: staticCredential(),
    partnerTenantId: 'a1b2c3d4-0000-4000-8000-00000000aaaa',
    resourceManagerUrl: fake.httpsUrl,
    httpClient: insecureHttpClient(),
    retry: { maxRetries: 2, retryDelayInMs: 1 },
  });
const count = (method: string, pattern: RegExp) =>
  fake.calls.filter((c) => c.method === method && pattern.test(c.path)).length;

beforeEach(async () => {
  fake = await startFakeAzure();
  fake.route('GET', classificationsPath, () => ({
    status: 200,
    body: contract('azure/support/2020-04-01/ListProblemClassifications.json').responses['200']
      ?.body,
  }));
  fake.route('GET', ticketPath, () => ({
    status: 404,
    body: { error: { code: 'ResourceNotFound', message: 'not found' } },
  }));
  fake.route('PUT', ticketPath, () => ({
    status: 200,
    body: contract('azure/support/2020-04-01/CreateBillingSupportTicketForSubscription.json')
      .responses['200']?.body,
  }));
});
afterEach(() => fake.close());

describe('AzureSupport failures', () => {
  it.each([401, 403])(
    '%i from the customer tenant → PROVIDER_ACCESS_DENIED naming the customer',
    async (status) => {
      fake.failNext('PUT', ticketPath, {
        status,
        body: { error: { code: 'AuthorizationFailed', message: 'no' } },
      });

      await expect(support().createSupportRequest(input())).rejects.toMatchObject({
        code: 'PROVIDER_ACCESS_DENIED',
        details: { access: 'customer-tenant', customer: customerTenant, status: String(status) },
      });
    },
  );

  it('429 with Retry-After is retried, then the ticket is filed', async () => {
    fake.failNext('PUT', ticketPath, { status: 429, headers: { 'Retry-After': '0' } });

    const ticket = await support().createSupportRequest(input());

    expect(ticket.supportTicketId).toBe('119120321001170');
    expect(count('PUT', ticketPath)).toBe(2);
  });

  it('500 until the retries run out → PROVIDER_UNAVAILABLE, after a bounded number of tries', async () => {
    fake.route('PUT', ticketPath, () => ({
      status: 500,
      body: { error: { code: 'InternalServerError', message: 'boom' } },
    }));

    await expect(support().createSupportRequest(input())).rejects.toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
      details: { reason: expect.stringContaining('create support request failed with 500') },
    });
    expect(count('PUT', ticketPath)).toBe(3); // 1 + maxRetries
  });

  it('a 409 on create (filed meanwhile) returns the ticket found', async () => {
    fake.failNext('PUT', ticketPath, {
      status: 409,
      body: { error: { code: 'Conflict', message: 'exists' } },
    });
    const body = contract('azure/support/2024-04-01/GetSubscriptionSupportTicketDetails.json')
      .responses['200']?.body;
    let gets = 0;
    fake.route('GET', ticketPath, () => (++gets === 1 ? { status: 404 } : { status: 200, body }));

    expect((await support().createSupportRequest(input())).supportTicketId).toBe('118032014183770');
  });

  it('no "Exchanges and refunds" classification → a clear failure naming what was looked for, nothing filed', async () => {
    const listed = contract('azure/support/2020-04-01/ListProblemClassifications.json').responses[
      '200'
    ]?.body as {
      value: { properties: { displayName: string } }[];
    };
    const others = listed.value.filter((c) => !c.properties.displayName.includes('Exchanges'));
    fake.route('GET', classificationsPath, () => ({ status: 200, body: { value: others } }));

    await expect(support().createSupportRequest(input())).rejects.toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
      details: {
        reason: expect.stringContaining('"Reservation management / Exchanges and refunds"'),
      },
    });
    expect(count('PUT', ticketPath)).toBe(0);
  });

  it('without a customer subscription it says one is needed and what to do, calling nothing', async () => {
    const { subscriptionId: _, ...noSubscription } = input();

    const failure = support().createSupportRequest(noSubscription);

    await expect(failure).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    await expect(failure).rejects.toThrow(/subscription.*Scope the reservation.*Azure portal/s);
    expect(fake.calls).toHaveLength(0);
  });

  it('getSupportRequest without a known subscription says so instead of guessing', async () => {
    await expect(support().getSupportRequest('REQ-7F3K9Q')).rejects.toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
      details: { reason: expect.stringContaining('subscription') },
    });
  });
});

describe('support ticket naming and classification matching', () => {
  it.each([
    'Reservation Management / Exchanges and Refunds',
    'reservation management - exchanges & refunds',
    'Reservation management > Exchanges and refunds',
  ])('"%s" is the refund classification', (name) => {
    expect(isRefundClassification(name)).toBe(true);
  });

  it.each([
    'Reservation Management / Request Invoices',
    'Other General Billing Questions',
    undefined,
  ])('%s is not', (name) => expect(isRefundClassification(name)).toBe(false));

  it('derives a stable lowercase name from the request ID', () => {
    expect(supportTicketName('REQ-7F3K9Q')).toBe('reservation-desk-req-7f3k9q');
    expect(supportTicketName('REQ 7F/3K?')).toBe('reservation-desk-req-7f-3k');
  });
});
