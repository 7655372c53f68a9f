import { createHash } from 'node:crypto';
import type { SandboxTicket } from '../../src/approvals/store-schema.ts';
import type {
  Clock,
  Store,
  SupportProvider,
  SupportRequestInput,
  SupportTicket,
} from '../../src/ports.ts';
import { dateOf, type Instant } from '../../src/shared/time.ts';

/** Azure Support's service ID for Billing, where reservation refunds and exchanges are filed. */
export const billingServiceId = '517f2da6-78fd-0498-4e22-ad26996b1dfc';
/** The problem classification the Partner Center route names (Billing → Reservation management → Exchanges and refunds). */
export const refundProblemClassification = 'Reservation management / Exchanges and refunds';

/** Where the sandbox keeps its "filed" tickets, and when it filed them. */
export interface SandboxSupportOptions {
  readonly store: Store;
  readonly clock: Clock;
}

/**
 * A `SupportProvider` that files nothing with Microsoft: it records in `state.sandbox.tickets`
 * what Azure Support would have received, and answers like Azure (ticket name, 16-digit number,
 * status "Open"). Creating twice for one request ID returns the first ticket and writes nothing.
 */
export class SandboxSupport implements SupportProvider {
  readonly #store: Store;
  readonly #clock: Clock;

  constructor(options: SandboxSupportOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
  }

  async createSupportRequest(input: SupportRequestInput): Promise<SupportTicket> {
    // The common retry finds its ticket without a write; the check inside the update settles races.
    const existing = await this.getSupportRequest(input.requestId);
    if (existing !== undefined) return existing;
    const createdAt = this.#clock.now();
    const ticket = await this.#store.update((state) => {
      const filed = state.sandbox.tickets.find((t) => t.requestId === input.requestId);
      if (filed !== undefined) return filed;
      const fresh: SandboxTicket = {
        name: ticketName(input.requestId),
        supportTicketId: supportTicketNumber(input.requestId, createdAt),
        requestId: input.requestId,
        title: input.title,
        description: input.description,
        serviceId: billingServiceId,
        problemClassification: refundProblemClassification,
        severity: 'minimal',
        contact: input.contact,
        status: 'Open',
        createdAt,
      };
      state.sandbox.tickets.push(fresh);
      return fresh;
    });
    return publicTicket(ticket);
  }

  async getSupportRequest(requestId: string): Promise<SupportTicket | undefined> {
    const state = await this.#store.read();
    const ticket = state.sandbox.tickets.find((t) => t.requestId === requestId);
    return ticket === undefined ? undefined : publicTicket(ticket);
  }
}

/** The ticket's resource name: `reservation-desk-<request ID>`, lowercase, letters, digits and dashes. */
export const ticketName = (requestId: string): string =>
  `reservation-desk-${requestId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;

/**
 * A support ticket number shaped like Azure's: the UTC creation date as `yyMMdd`, then 10 digits
 * derived from the request ID (SHA-256), so the same request always gets the same number.
 */
export const supportTicketNumber = (requestId: string, createdAt: Instant): string => {
  const day = dateOf(createdAt).replaceAll('-', '').slice(2);
  const hash = createHash('sha256').update(requestId).digest('hex');
  const digits = (BigInt(`0x${hash.slice(0, 16)}`) % 10_000_000_000n).toString().padStart(10, '0');
  return `${day}${digits}`;
};

const publicTicket = (t: SandboxTicket): SupportTicket => ({
  name: t.name,
  supportTicketId: t.supportTicketId,
  status: t.status,
});
