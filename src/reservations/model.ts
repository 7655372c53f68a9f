import type { Money } from '../shared/money.ts';
import type { CalendarDate, Instant } from '../shared/time.ts';

export const terms = ['P1Y', 'P3Y', 'P5Y'] as const;
export type Term = (typeof terms)[number];
export const termMonths: Readonly<Record<Term, number>> = { P1Y: 12, P3Y: 36, P5Y: 60 };

export const billingPlans = ['Upfront', 'Monthly'] as const;
export type BillingPlan = (typeof billingPlans)[number];

export const scopeTypes = ['Shared', 'Single', 'ResourceGroup', 'ManagementGroup'] as const;
export type AppliedScopeType = (typeof scopeTypes)[number];

/** Where a reservation's discount applies. `target` is the ARM ID for every type but Shared. */
export interface AppliedScope {
  readonly type: AppliedScopeType;
  readonly target: string | null;
}

export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly tenantId: string;
}

/** Utilization percentages over the last 1, 7 and 30 days, and when they were measured. */
export interface Utilization {
  readonly day1?: number;
  readonly day7?: number;
  readonly day30?: number;
  readonly asOf?: Instant;
}

/** Who holds an Azure role on the reservation (the `access` command). */
export interface RoleAssignment {
  readonly principal: string;
  readonly role: string;
  readonly principalType?: string;
}

export interface Reservation {
  readonly id: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly displayName: string;
  /** The product family; exchanges stay within it. */
  readonly reservedResourceType: string;
  readonly sku: string;
  readonly location: string;
  readonly quantity: number;
  readonly term: Term;
  readonly billingPlan: BillingPlan;
  readonly purchaseDate: CalendarDate;
  readonly expiryDate?: CalendarDate;
  /** Lifetime commitment of the whole reservation, in the billing currency. */
  readonly price: Money;
  /** Lifetime commitment in USD (the pricing currency): the refund cap is counted in it. */
  readonly pricingPrice: Money;
  readonly scope: AppliedScope;
  readonly hasUsage?: boolean;
  readonly utilization?: Utilization;
  readonly access?: readonly RoleAssignment[];
  /** The customer subscription the reservation is billed to (Azure's billingScopeId), where known. */
  readonly billingSubscriptionId?: string;
}

export const partnerRoles = [
  'admin-agent',
  'global-admin',
  'helpdesk-agent',
  'sales-agent',
  'user-management-admin',
] as const;
export type PartnerRole = (typeof partnerRoles)[number];

/** A member of the partner's staff, as the bot's directory knows them. */
export interface Agent {
  readonly name: string;
  readonly email: string;
  readonly slackUserId?: string;
  readonly teamsUserId?: string;
  readonly roles: readonly PartnerRole[];
}

/** A canceled commitment made outside the bot (from the provider's history), in USD. */
export interface RefundHistoryEntry {
  readonly customerId: string;
  readonly date: CalendarDate;
  readonly amount: Money;
}

/** Whether the reservation has been used since purchase: any utilization above 0, or `hasUsage`. */
export const hasBeenUsed = (r: Reservation): boolean => {
  if (r.hasUsage === true) return true;
  const u = r.utilization;
  return u !== undefined && [u.day1, u.day7, u.day30].some((v) => v !== undefined && v > 0);
};
