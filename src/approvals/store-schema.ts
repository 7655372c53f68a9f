import { z } from 'zod';
import type { CalendarDate } from '../shared/time.ts';
import {
  type AuditEntry,
  auditActions,
  channels,
  contactMethods,
  type RequestRecord,
  requestStatuses,
} from './model.ts';

/**
 * The bot's own state file, validated on every start. `schemaVersion` lets a later release migrate
 * the file instead of guessing at it.
 */
export const storeSchemaVersion = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .transform((d) => d as CalendarDate);
const instant = z.iso.datetime({ offset: true });
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal amount such as "2400.00"');
const agentRef = z.object({ name: z.string(), email: z.string() });

const contact = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  preferredContactMethod: z.enum(contactMethods),
  email: z.string().min(3),
  phone: z.string().exactOptional(),
  timeZone: z.string().min(1),
  language: z.string().min(2),
  country: z.string().min(2),
});

const refundQuote = z.object({
  reservationId: z.string(),
  quantity: z.number().int().positive(),
  currency: z.string(),
  daysSincePurchase: z.number().int(),
  remainingDays: z.number().int(),
  termDays: z.number().int(),
  hasUsage: z.boolean(),
  creditBasis: z.enum(['full', 'prorated']),
  credit: decimal,
  earlyTerminationFee: decimal,
  refund: decimal,
  capLimit: decimal,
  capCounted: decimal,
  capUsed: decimal,
  capRemaining: decimal,
  exceedsCap: z.boolean(),
  maxQuantityWithinCap: z.number().int().exactOptional(),
  capAvailableOn: isoDate.nullable().exactOptional(),
});

const exchangeQuote = z.object({
  reservationId: z.string(),
  quantity: z.number().int().positive(),
  currency: z.string(),
  credit: decimal,
  remainingCommitment: decimal,
  minimumNewTotal: decimal,
  newTotal: decimal,
  netPayable: decimal,
});

const quote = z.union([refundQuote, exchangeQuote]);

const settlement = z.object({
  amount: decimal,
  currency: z.string(),
  reference: z.string(),
  recordedBy: agentRef,
  recordedAt: instant,
});

const request = z.object({
  id: z.string().min(1),
  kind: z.enum(['refund', 'exchange']),
  status: z.enum(requestStatuses),
  customerId: z.string(),
  customerName: z.string(),
  reservationId: z.string(),
  reservationOrderId: z.string(),
  reservationName: z.string(),
  quantity: z.number().int().positive(),
  reason: z.string(),
  contact,
  newPurchase: z
    .object({
      reservedResourceType: z.string(),
      total: decimal,
      currency: z.string(),
      sku: z.string().exactOptional(),
      location: z.string().exactOptional(),
      term: z.enum(['P1Y', 'P3Y', 'P5Y']).exactOptional(),
      quantity: z.number().int().positive().exactOptional(),
      billingPlan: z.enum(['Upfront', 'Monthly']).exactOptional(),
    })
    .exactOptional(),
  quote,
  quoteAsOf: isoDate,
  requestedBy: agentRef,
  requestedVia: z.enum(channels),
  createdAt: instant,
  updatedAt: instant,
  decidedBy: agentRef.exactOptional(),
  decidedAt: instant.exactOptional(),
  decisionNote: z.string().exactOptional(),
  approvedOn: isoDate.exactOptional(),
  supportRequestId: z.string().exactOptional(),
  failureReason: z.string().exactOptional(),
  microsoftRefund: settlement.exactOptional(),
  customerCredit: settlement.exactOptional(),
  idempotencyKeys: z.array(z.string()),
});

const audit = z.object({
  at: instant,
  action: z.enum(auditActions),
  actor: agentRef.nullable(),
  channel: z.enum(channels),
  requestId: z.string().exactOptional(),
  reservationId: z.string().exactOptional(),
  from: z.enum(requestStatuses).exactOptional(),
  to: z.enum(requestStatuses).exactOptional(),
  quote: quote.exactOptional(),
  note: z.string().exactOptional(),
});

/** A support request the sandbox provider "filed": what Azure would have received. */
const sandboxTicket = z.object({
  name: z.string(),
  supportTicketId: z.string(),
  requestId: z.string(),
  title: z.string(),
  description: z.string(),
  serviceId: z.string(),
  problemClassification: z.string(),
  severity: z.string(),
  contact,
  status: z.string(),
  createdAt: instant,
});

const sandboxScope = z.object({
  reservationId: z.string(),
  type: z.enum(['Shared', 'Single', 'ResourceGroup', 'ManagementGroup']),
  target: z.string().nullable(),
  changedAt: instant,
});

const settings = z.object({ locales: z.record(z.string(), z.string()) });

export const storeStateSchema = z.object({
  schemaVersion: z.literal(storeSchemaVersion),
  requests: z.array(request),
  audit: z.array(audit),
  sandbox: z.object({ tickets: z.array(sandboxTicket), scopes: z.array(sandboxScope) }),
  /** Per-person settings, keyed by the agent's email (the same person on every channel). */
  settings: settings.default({ locales: {} }),
  /** The last journal entry this file already holds (adapters/storage/journal.ts); 0 when none. */
  journalSeq: z.number().int().nonnegative().default(0),
});

/**
 * One change appended to the store's journal: requests upserted by ID, records appended, settings
 * replaced. `seq` counts up from the file's `journalSeq`.
 */
export const journalEntrySchema = z.object({
  seq: z.number().int().positive(),
  requests: z.array(request).optional(),
  audit: z.array(audit).optional(),
  tickets: z.array(sandboxTicket).optional(),
  scopes: z.array(sandboxScope).optional(),
  // Not the file's default: an entry without settings must leave them as they are.
  settings: settings.optional(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export type StoreState = z.infer<typeof storeStateSchema>;
export type SandboxTicket = z.infer<typeof sandboxTicket>;
export type SandboxScope = z.infer<typeof sandboxScope>;

export const emptyStoreState = (): StoreState => ({
  schemaVersion: storeSchemaVersion,
  requests: [],
  audit: [],
  sandbox: { tickets: [], scopes: [] },
  settings: { locales: {} },
  journalSeq: 0,
});

// The records above are the interfaces of model.ts: these lines fail the build if they drift apart
// (what the file parses to is a record, and every record is a valid file entry).
type StoreInput = z.input<typeof storeStateSchema>;
type Assignable<A, B> = [A] extends [B] ? true : false;
const parsedRequestIsRecord: Assignable<StoreState['requests'][number], RequestRecord> = true;
const recordIsValidInput: Assignable<RequestRecord, StoreInput['requests'][number]> = true;
const parsedAuditIsEntry: Assignable<StoreState['audit'][number], AuditEntry> = true;
const entryIsValidInput: Assignable<AuditEntry, StoreInput['audit'][number]> = true;
export const schemaMatchesModel =
  parsedRequestIsRecord && recordIsValidInput && parsedAuditIsEntry && entryIsValidInput;
