import type { RequestRecord, SupportContact } from './approvals/model.ts';
import type { StoreState } from './approvals/store-schema.ts';
import type {
  Agent,
  AppliedScope,
  Customer,
  RefundHistoryEntry,
  Reservation,
} from './reservations/model.ts';
import type { Money } from './shared/money.ts';

export type { Clock } from './shared/time.ts';

/** Where customers and their reservations come from: the sandbox data file, or Azure. */
export interface ReservationProvider {
  listCustomers(): Promise<readonly Customer[]>;
  /** One customer's reservations, or every customer's when `customerId` is omitted. */
  listReservations(customerId?: string): Promise<readonly Reservation[]>;
  /** Canceled commitments made outside the bot, in USD (they count toward the refund cap). */
  listRefundHistory(customerId: string): Promise<readonly RefundHistoryEntry[]>;
  /** Changes where the reservation's discount applies; returns the updated reservation. */
  updateScope(reservationId: string, scope: AppliedScope): Promise<Reservation>;
  /** The provider's own refund calculation (Azure's calculateRefund), shown beside the bot's. */
  calculateRefund?(reservation: Reservation, quantity: number): Promise<ProviderRefundCalculation>;
}

/** What Azure itself says a refund would be; amounts as Azure gives them, in minor units. */
export interface ProviderRefundCalculation {
  /** Refund in the billing currency. */
  readonly billingRefund: Money;
  /** Refund in the pricing currency (USD). */
  readonly pricingRefund?: Money;
  /** Canceled commitment already counted in the customer's window, and the limit, in USD. */
  readonly consumedRefundsTotal?: Money;
  readonly maxRefundLimit?: Money;
  /** Azure's policy errors by code, e.g. SelfServiceRefundNotSupported, RefundLimitExceeded. */
  readonly policyErrors: readonly { readonly code: string; readonly message: string }[];
}

/**
 * Thrown by a provider when Azure or Partner Center refuses or fails; the desk turns it into a
 * refusal the person can act on (which access is missing, or try again later).
 */
export class ProviderFailure extends Error {
  readonly code: 'PROVIDER_ACCESS_DENIED' | 'PROVIDER_UNAVAILABLE';
  readonly details: Readonly<Record<string, string>>;
  constructor(
    code: ProviderFailure['code'],
    details: Readonly<Record<string, string>>,
    options?: { cause?: unknown },
  ) {
    super(
      `${code}: ${Object.entries(details)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
      options,
    );
    this.code = code;
    this.details = details;
  }
}

/** The chat-user → partner-role directory. */
export interface Directory {
  listAgents(): Promise<readonly Agent[]>;
}

/** What the support request to Microsoft says (Billing → Reservation management → Exchanges and refunds). */
export interface SupportRequestInput {
  /** The bot's request ID: the idempotency key, so a retry finds the ticket instead of filing twice. */
  readonly requestId: string;
  readonly title: string;
  readonly description: string;
  readonly contact: SupportContact;
  readonly customerTenantId: string;
  /** The customer subscription the ticket is filed in, when the reservation's scope names one. */
  readonly subscriptionId?: string;
  readonly request: RequestRecord;
}

export interface SupportTicket {
  /** The ticket's resource name, derived from the request ID. */
  readonly name: string;
  /** The number Microsoft and the partner quote to each other. */
  readonly supportTicketId: string;
  readonly status: string;
}

/** Files the support request for an approved refund or exchange. */
export interface SupportProvider {
  /** Creates the ticket, or returns the one already created for this request ID. */
  createSupportRequest(input: SupportRequestInput): Promise<SupportTicket>;
  getSupportRequest(requestId: string): Promise<SupportTicket | undefined>;
}

/**
 * The bot's own state. Two methods, like lowdb: `read` a snapshot, `update` with a function that
 * mutates the state; updates run one at a time and are written before the promise resolves. If the
 * function throws, nothing is written.
 */
export interface Store {
  read(): Promise<StoreState>;
  update<T>(change: (state: StoreState) => T): Promise<T>;
}

/** New identifiers (request IDs). */
export interface IdSource {
  requestId(): string;
}
