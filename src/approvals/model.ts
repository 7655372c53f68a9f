import type { ExchangeQuoteJson, RefundQuoteJson } from '../quotes/quote-json.ts';
import type { CalendarDate, Instant } from '../shared/time.ts';

export const requestStatuses = [
  'pending_approval',
  'approved',
  'filed',
  'refunded_by_microsoft',
  'credited_to_customer',
  'rejected',
  'expired',
  'failed',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const channels = ['slack', 'teams', 'shell', 'cli', 'system'] as const;
/** Where an action came from, for the audit trail. */
export type Channel = (typeof channels)[number];

export type RequestKind = 'refund' | 'exchange';

/** A person as recorded on a request: name for people, email as the stable key. */
export interface AgentRef {
  readonly name: string;
  readonly email: string;
}

export const contactMethods = ['email', 'phone'] as const;

/** What Microsoft's support request asks for, so an engineer can reach the partner. */
export interface SupportContact {
  readonly firstName: string;
  readonly lastName: string;
  readonly preferredContactMethod: (typeof contactMethods)[number];
  readonly email: string;
  readonly phone?: string;
  /** Windows time zone name, as Azure support expects ("W. Europe Standard Time"). */
  readonly timeZone: string;
  /** Support language, e.g. "en-us". */
  readonly language: string;
  /** ISO 3166-1 alpha-3 country code, e.g. "USA". */
  readonly country: string;
}

/** The new reservation of an exchange, stored with decimal amounts. */
export interface NewPurchaseRecord {
  readonly reservedResourceType: string;
  readonly total: string;
  readonly currency: string;
  readonly sku?: string;
  readonly location?: string;
  readonly term?: 'P1Y' | 'P3Y' | 'P5Y';
  readonly quantity?: number;
  readonly billingPlan?: 'Upfront' | 'Monthly';
}

/** A recorded settlement step: Microsoft refunded the partner, or the partner credited the customer. */
export interface Settlement {
  readonly amount: string;
  readonly currency: string;
  readonly reference: string;
  readonly recordedBy: AgentRef;
  readonly recordedAt: Instant;
}

export interface RequestRecord {
  readonly id: string;
  readonly kind: RequestKind;
  readonly status: RequestStatus;
  readonly customerId: string;
  readonly customerName: string;
  readonly reservationId: string;
  readonly reservationOrderId: string;
  readonly reservationName: string;
  readonly quantity: number;
  readonly reason: string;
  readonly contact: SupportContact;
  readonly newPurchase?: NewPurchaseRecord;
  /** The quote the request stands on: the submission's, replaced by the approval's re-quote. */
  readonly quote: RefundQuoteJson | ExchangeQuoteJson;
  readonly quoteAsOf: CalendarDate;
  readonly requestedBy: AgentRef;
  readonly requestedVia: Channel;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  readonly decidedBy?: AgentRef;
  readonly decidedAt?: Instant;
  readonly decisionNote?: string;
  /** The UTC date the refund counts toward the cap from (the approval date). */
  readonly approvedOn?: CalendarDate;
  readonly supportRequestId?: string;
  readonly failureReason?: string;
  readonly microsoftRefund?: Settlement;
  readonly customerCredit?: Settlement;
  /** Platform keys (Slack view IDs, Teams invoke IDs) already turned into this request. */
  readonly idempotencyKeys: string[];
}

export const auditActions = [
  'submitted',
  'approved',
  'rejected',
  'expired',
  'filed',
  'failed',
  'retried',
  'refunded_by_microsoft',
  'credited_to_customer',
  'scope_changed',
  'refused',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One line of the audit trail: who did what, when, from where, on which quote. */
export interface AuditEntry {
  readonly at: Instant;
  readonly action: AuditAction;
  readonly actor: AgentRef | null;
  readonly channel: Channel;
  readonly requestId?: string;
  readonly reservationId?: string;
  readonly from?: RequestStatus;
  readonly to?: RequestStatus;
  readonly quote?: RefundQuoteJson | ExchangeQuoteJson;
  readonly note?: string;
}
