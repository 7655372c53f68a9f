import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AzureSupport } from '../../adapters/azure/support-provider.ts';
import type { RequestRecord, SupportContact } from '../../src/approvals/model.ts';
import type { SupportRequestInput } from '../../src/ports.ts';
import {
  type AzureCall,
  contract,
  type FakeAzure,
  insecureHttpClient,
  startFakeAzure,
  staticCredential,
} from '../support/fake-azure.ts';

const partnerTenant = 'a1b2c3d4-0000-4000-8000-00000000aaaa';
const customerTenant = '6ad12b5c-33af-4bcd-a200-b4a64ba4d29a';
const subscription = '132d901f-189d-4381-9214-fe68e27e05a1';
const billing = '517f2da6-78fd-0498-4e22-ad26996b1dfc';
const ticketPath =
  /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Support\/supportTickets\/([^/]+)$/;
const classificationsPath = new RegExp(
  `^/providers/Microsoft\\.Support/services/${billing}/problemClassifications$`,
);

const contact: SupportContact = {
  firstName: 'Ana',
  lastName: 'Silva',
  preferredContactMethod: 'phone',
  email: 'ana.silva@partner.example',
  phone: '+351 21 000 0000',
  timeZone: 'W. Europe Standard Time',
  language: 'en-us',
  country: 'PRT',
};

/** An approved refund as the core hands it over (the adapter reads the fields above `request`). */
const input = (
  requestId: string,
  overrides: Partial<SupportRequestInput> = {},
): SupportRequestInput => ({
  requestId,
  title: 'Refund reservation VM_RI_D2s_weu (Contoso Ltd)',
  description:
    'Customer Contoso Ltd; reservation 5e846895; order 5891df26; quantity 2; quote 1064.68 USD.',
  contact,
  customerTenantId: customerTenant,
  subscriptionId: subscription,
  request: { id: requestId } as RequestRecord,
  ...overrides,
});

let fake: FakeAzure;
let credential: ReturnType<typeof staticCredential>;
let tickets: Map<string, unknown>;
const support = () =>
  new AzureSupport({
    credential,
    partnerTenantId: partnerTenant,
    resourceManagerUrl: fake.httpsUrl,
    httpClient: insecureHttpClient(),
    retry: { maxRetries: 2, retryDelayInMs: 1 },
  });
const puts = (): AzureCall[] => fake.calls.filter((c) => c.method === 'PUT');
type SentTicket = { properties: { title: string; contactDetails: Record<string, string> } };
const firstPut = (): SentTicket => {
  const [put] = puts();
  if (put === undefined) throw new Error('nothing was PUT');
  return put.body as SentTicket;
};

beforeEach(async () => {
  fake = await startFakeAzure();
  credential = staticCredential();
  tickets = new Map();
  fake.route('GET', classificationsPath, () => ({
    status: 200,
    body: contract('azure/support/2020-04-01/ListProblemClassifications.json').responses['200']
      ?.body,
  }));
  // The ticket exists once PUT; the PUT answers 200 with the official example as the final result.
  fake.route('GET', ticketPath, (call) =>
    tickets.has(call.path)
      ? { status: 200, body: tickets.get(call.path) }
      : { status: 404, body: { error: { code: 'ResourceNotFound', message: 'not found' } } },
  );
  fake.route('PUT', ticketPath, (call) => {
    const body = contract('azure/support/2020-04-01/CreateBillingSupportTicketForSubscription.json')
      .responses['200']?.body;
    tickets.set(call.path, body);
    return { status: 200, body };
  });
});
afterEach(() => fake.close());

describe('AzureSupport against the official Microsoft.Support examples', () => {
  it('files Billing → Reservation management → Exchanges and refunds, severity minimal, with the contact', async () => {
    const ticket = await support().createSupportRequest(input('REQ-7F3K9Q'));

    expect(ticket).toEqual({
      name: 'reservation-desk-req-7f3k9q',
      supportTicketId: '119120321001170',
      status: 'Open',
    });
    const [put] = puts();
    expect(put?.path).toBe(
      `/subscriptions/${subscription}/providers/Microsoft.Support/supportTickets/reservation-desk-req-7f3k9q`,
    );
    expect(put?.query['api-version']).toBe('2020-04-01');
    expect(put?.body).toEqual({
      properties: {
        serviceId: `/providers/Microsoft.Support/services/${billing}`,
        problemClassificationId:
          '/providers/Microsoft.Support/services/service_guid/problemClassifications/problemClassification_guid_1',
        severity: 'minimal',
        title: 'Refund reservation VM_RI_D2s_weu (Contoso Ltd)',
        description:
          'Customer Contoso Ltd; reservation 5e846895; order 5891df26; quantity 2; quote 1064.68 USD.',
        contactDetails: {
          firstName: 'Ana',
          lastName: 'Silva',
          preferredContactMethod: 'phone',
          primaryEmailAddress: 'ana.silva@partner.example',
          phoneNumber: '+351 21 000 0000',
          preferredTimeZone: 'W. Europe Standard Time',
          country: 'PRT',
          preferredSupportLanguage: 'en-us',
        },
      },
    });
    const list = fake.calls.find((c) => classificationsPath.test(c.path));
    expect(list?.headers['accept-language']).toBe('en-US');
  });

  it('sends no phone number when the contact has none, and keeps the title within 200 characters', async () => {
    const { phone: _, ...emailOnly } = contact;
    await support().createSupportRequest(
      input('REQ-LONG', {
        title: 'x'.repeat(250),
        contact: { ...emailOnly, preferredContactMethod: 'email' },
      }),
    );

    const { properties } = firstPut();
    expect(properties.contactDetails).not.toHaveProperty('phoneNumber');
    expect(properties.contactDetails.preferredContactMethod).toBe('email');
    expect(properties.title).toHaveLength(200);
    expect(properties.title.endsWith('…')).toBe(true);
  });

  it('authorizes with the customer-tenant token and carries the partner-tenant token as auxiliary', async () => {
    await support().createSupportRequest(input('REQ-7F3K9Q'));

    expect(fake.calls.length).toBe(3); // GET ticket (404), list classifications, PUT
    for (const call of fake.calls) {
      expect(call.headers.authorization).toBe(`Bearer test-token-${customerTenant}`);
      expect(call.headers['x-ms-authorization-auxiliary']).toBe(
        `Bearer test-token-${partnerTenant}`,
      );
    }
    expect(new Set(credential.tenants)).toEqual(new Set([customerTenant, partnerTenant]));
  });

  it('finds the ticket on a retry instead of filing it again, and lists classifications once', async () => {
    const desk = support();
    const first = await desk.createSupportRequest(input('REQ-7F3K9Q'));
    const again = await desk.createSupportRequest(input('REQ-7F3K9Q'));
    await desk.createSupportRequest(input('REQ-OTHER'));

    expect(again).toEqual(first);
    expect(puts().map((c) => c.path.split('/').at(-1))).toEqual([
      'reservation-desk-req-7f3k9q',
      'reservation-desk-req-other',
    ]);
    expect(fake.calls.filter((c) => classificationsPath.test(c.path))).toHaveLength(1);
  });

  it('after a crash, a new process finds the ticket filed before (no PUT)', async () => {
    const name = `/subscriptions/${subscription}/providers/Microsoft.Support/supportTickets/reservation-desk-req-7f3k9q`;
    tickets.set(
      name,
      contract('azure/support/2024-04-01/GetSubscriptionSupportTicketDetails.json').responses['200']
        ?.body,
    );

    const ticket = await support().createSupportRequest(input('REQ-7F3K9Q'));

    expect(ticket).toEqual({
      name: 'reservation-desk-req-7f3k9q',
      supportTicketId: '118032014183770',
      status: 'Open',
    });
    expect(puts()).toHaveLength(0);
  });

  it('files once when the same request is filed twice at the same time', async () => {
    const desk = support();
    const [a, b] = await Promise.all([
      desk.createSupportRequest(input('REQ-RACE')),
      desk.createSupportRequest(input('REQ-RACE')),
    ]);

    expect(a).toEqual(b);
    expect(puts()).toHaveLength(1);
  });

  it('getSupportRequest: the ticket once filed, undefined on 404, located through `locate` after a restart', async () => {
    const desk = support();
    await desk.createSupportRequest(input('REQ-7F3K9Q'));
    expect((await desk.getSupportRequest('REQ-7F3K9Q'))?.supportTicketId).toBe('119120321001170');

    const restarted = new AzureSupport({
      credential,
      partnerTenantId: partnerTenant,
      resourceManagerUrl: fake.httpsUrl,
      httpClient: insecureHttpClient(),
      locate: async () => ({ customerTenantId: customerTenant, subscriptionId: subscription }),
    });
    expect((await restarted.getSupportRequest('REQ-7F3K9Q'))?.status).toBe('Open');
    expect(await restarted.getSupportRequest('REQ-NEVER')).toBeUndefined();
  });
});
