import type { AuditEntry } from '../../src/approvals/model.ts';

/** An audit line as the store holds it, told apart by its note. */
export const entry = (note: string): AuditEntry => ({
  at: '2026-11-28T10:00:00.000Z',
  action: 'submitted',
  actor: null,
  channel: 'cli',
  note,
});

const agent = { name: 'Ana Silva', email: 'ana@partner.example' };

/** A request as the file holds it; valid unless a test breaks it. */
export const storedRequest = (): Record<string, unknown> => ({
  id: 'REQ-1',
  kind: 'refund',
  status: 'pending_approval',
  customerId: 'contoso',
  customerName: 'Contoso Ltd',
  reservationId: 'r-1',
  reservationOrderId: 'o-1',
  reservationName: 'VM_RI_D2s_weu',
  quantity: 1,
  reason: 'Moved to containers',
  contact: {
    firstName: 'Ana',
    lastName: 'Silva',
    preferredContactMethod: 'email',
    email: 'ana@partner.example',
    timeZone: 'W. Europe Standard Time',
    language: 'en-us',
    country: 'PRT',
  },
  quote: {
    reservationId: 'r-1',
    quantity: 1,
    currency: 'USD',
    daysSincePurchase: 30,
    remainingDays: 335,
    termDays: 365,
    hasUsage: true,
    creditBasis: 'prorated',
    credit: '1101.37',
    earlyTerminationFee: '0.00',
    refund: '1101.37',
    capLimit: '50000.00',
    capCounted: '0.00',
    capUsed: '0.00',
    capRemaining: '50000.00',
    exceedsCap: false,
  },
  quoteAsOf: '2026-02-09',
  requestedBy: agent,
  requestedVia: 'cli',
  createdAt: '2026-02-09T10:00:00.000Z',
  updatedAt: '2026-02-09T10:00:00.000Z',
  idempotencyKeys: [],
});
