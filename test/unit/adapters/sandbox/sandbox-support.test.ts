import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  billingServiceId,
  SandboxSupport,
  supportTicketNumber,
} from '../../../../adapters/sandbox/sandbox-support.ts';
import { type LowdbStore, openLowdbStore } from '../../../../adapters/storage/lowdb-store.ts';
import { fixedClock } from '../../../../adapters/system/clock.ts';
import type { RequestRecord, SupportContact } from '../../../../src/approvals/model.ts';
import type { SupportRequestInput } from '../../../../src/ports.ts';
import { date } from '../../../../src/shared/time.ts';
import { storeOnDisk } from '../../../support/store-on-disk.ts';
import { createTempDir, type TempDir } from '../../../support/temp-dir.ts';
import { memoryStore } from '../../../support/tenant-builders.ts';

const clock = fixedClock('2026-11-28T15:48:00Z');
const contact: SupportContact = {
  firstName: 'Ana',
  lastName: 'Silva',
  preferredContactMethod: 'email',
  email: 'ana.silva@partner.example',
  timeZone: 'W. Europe Standard Time',
  language: 'en-us',
  country: 'PRT',
};

/** An approved refund of Reservation A (refund-policy.md), as the core hands it to support. */
const input = (requestId: string): SupportRequestInput => {
  const request: RequestRecord = {
    id: requestId,
    kind: 'refund',
    status: 'approved',
    customerId: '6ad12b5c-33af-4bcd-a200-b4a64ba4d29a',
    customerName: 'Contoso Ltd',
    reservationId: '5e846895-1305-47bf-aacd-bfb78c537b62',
    reservationOrderId: '5891df26-1bf9-42de-8b7c-8813f6452343',
    reservationName: 'VM_RI_D2s_weu',
    quantity: 2,
    reason: 'Workload moved to containers',
    contact,
    quote: {
      reservationId: '5e846895-1305-47bf-aacd-bfb78c537b62',
      quantity: 2,
      currency: 'USD',
      daysSincePurchase: 181,
      remainingDays: 184,
      termDays: 365,
      hasUsage: true,
      creditBasis: 'prorated',
      credit: '1209.86',
      earlyTerminationFee: '145.18',
      refund: '1064.68',
      capLimit: '50000.00',
      capCounted: '1209.86',
      capUsed: '0.00',
      capRemaining: '50000.00',
      exceedsCap: false,
    },
    quoteAsOf: date('2026-07-10'),
    requestedBy: { name: 'Dev Patel', email: 'dev.patel@partner.example' },
    requestedVia: 'slack',
    createdAt: '2026-07-10T09:00:00.000Z',
    updatedAt: '2026-07-10T09:30:00.000Z',
    decidedBy: { name: 'Ana Silva', email: 'ana.silva@partner.example' },
    idempotencyKeys: [],
  };
  return {
    requestId,
    title: 'Refund reservation VM_RI_D2s_weu (Contoso Ltd)',
    description: 'Please cancel and refund reservation 5e846895-1305-47bf-aacd-bfb78c537b62.',
    contact,
    customerTenantId: '6ad12b5c-33af-4bcd-a200-b4a64ba4d29a',
    request,
  };
};

let dir: TempDir;
let store: LowdbStore;
beforeEach(async () => {
  dir = await createTempDir('sandbox-support-');
  store = await openLowdbStore({ path: join(dir.path, 'state.json') });
});
afterEach(() => dir.remove());

describe('SandboxSupport', () => {
  it('files a Billing ticket with a 16-digit number that starts with the creation date', async () => {
    const support = new SandboxSupport({ store, clock });

    const ticket = await support.createSupportRequest(input('REQ-7F3K9Q'));

    expect(ticket.name).toBe('reservation-desk-req-7f3k9q');
    expect(ticket.supportTicketId).toMatch(/^261128\d{10}$/);
    expect(ticket.status).toBe('Open');
    const state = await storeOnDisk(store.path);
    expect(state.sandbox.tickets).toEqual([
      {
        name: 'reservation-desk-req-7f3k9q',
        supportTicketId: ticket.supportTicketId,
        requestId: 'REQ-7F3K9Q',
        title: 'Refund reservation VM_RI_D2s_weu (Contoso Ltd)',
        description: 'Please cancel and refund reservation 5e846895-1305-47bf-aacd-bfb78c537b62.',
        serviceId: billingServiceId,
        problemClassification: 'Reservation management / Exchanges and refunds',
        severity: 'minimal',
        contact,
        status: 'Open',
        createdAt: '2026-11-28T15:48:00.000Z',
      },
    ]);
    expect(await support.getSupportRequest('REQ-7F3K9Q')).toEqual(ticket);
  });

  it('returns the existing ticket for a repeated request ID and writes nothing', async () => {
    const support = new SandboxSupport({ store, clock });
    const first = await support.createSupportRequest(input('REQ-7F3K9Q'));
    const update = vi.spyOn(store, 'update');

    const again = await new SandboxSupport({
      store,
      clock: fixedClock('2026-12-03T08:00:00Z'),
    }).createSupportRequest(input('REQ-7F3K9Q'));

    expect(again).toEqual(first);
    expect(update).not.toHaveBeenCalled();
    expect((await store.read()).sandbox.tickets).toHaveLength(1);
  });

  it('files one ticket when two creates for the same request race', async () => {
    const racing = memoryStore();
    const support = new SandboxSupport({ store: racing, clock });

    const [a, b] = await Promise.all([
      support.createSupportRequest(input('REQ-RACE')),
      support.createSupportRequest(input('REQ-RACE')),
    ]);

    expect(a).toEqual(b);
    expect((await racing.read()).sandbox.tickets).toHaveLength(1);
  });

  it('answers undefined for a request it never filed', async () => {
    const support = new SandboxSupport({ store, clock });

    expect(await support.getSupportRequest('REQ-NEVER')).toBeUndefined();
  });

  it('derives the number from the request ID alone, apart from the date', () => {
    const at = '2026-11-28T23:59:59.000Z';

    expect(supportTicketNumber('REQ-1', at)).toBe(supportTicketNumber('REQ-1', at));
    expect(supportTicketNumber('REQ-1', at)).not.toBe(supportTicketNumber('REQ-2', at));
    expect(supportTicketNumber('REQ-1', '2027-01-02T00:00:00.000Z')).toMatch(/^270102\d{10}$/);
    expect(supportTicketNumber('REQ-1', '2027-01-02T00:00:00.000Z').slice(6)).toBe(
      supportTicketNumber('REQ-1', at).slice(6),
    );
  });
});
