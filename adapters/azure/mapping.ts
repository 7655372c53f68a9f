import type { Patch, ReservationOrderResponse, ReservationResponse } from '@azure/arm-reservations';
import {
  type AppliedScope,
  type BillingPlan,
  billingPlans,
  type Reservation,
  scopeTypes,
  type Term,
  terms,
  type Utilization,
} from '../../src/reservations/model.ts';
import { type CalendarDate, dateOf, type Instant } from '../../src/shared/time.ts';
import { commitmentOf } from './mapping-price.ts';

/** The last segment of an ARM ID (`/providers/…/reservations/<guid>` → `<guid>`); a bare ID as is. */
export const bareId = (id: string): string =>
  id
    .split('/')
    .filter((s) => s !== '')
    .at(-1) ?? id;

/** The reservation order ID inside an ARM ID, if it names one. */
export const orderIdIn = (armId: string): string | undefined =>
  /\/reservationOrders\/([^/]+)/i.exec(armId)?.[1];

/** The ARM IDs Microsoft.Capacity expects in request bodies (written as its examples write them). */
export const orderArmId = (orderId: string): string =>
  `/providers/microsoft.capacity/reservationOrders/${orderId}`;
export const reservationArmId = (orderId: string, reservationId: string): string =>
  `${orderArmId(orderId)}/reservations/${reservationId}`;

/** Reservations that no longer exist as such: cancelled (returned), split or merged away, failed. */
const inactiveStates = new Set(['cancelled', 'failed', 'billingfailed', 'split', 'merged']);

/** Whether a reservation from `reservation.list` is one the desk should show (not cancelled, split …). */
export const isActive = (r: ReservationResponse): boolean =>
  !inactiveStates.has((r.properties?.provisioningState ?? '').toLowerCase()) &&
  r.properties?.archived !== true;

const calendarDate = (d: Date | undefined): CalendarDate | undefined =>
  d === undefined || Number.isNaN(d.getTime()) ? undefined : dateOf(d.toISOString());

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((v) => v.toLowerCase() === (value ?? '').toLowerCase());

/** The applied scope as the domain has it: the ARM ID of the subscription, group or management group. */
export const scopeOf = (r: ReservationResponse): AppliedScope => {
  const p = r.properties ?? {};
  const type = oneOf(scopeTypes, p.appliedScopeType);
  if (type === undefined) throw new Error(`unknown applied scope type ${p.appliedScopeType}`);
  if (type === 'Shared') return { type, target: null };
  const props = p.appliedScopeProperties;
  const target =
    type === 'Single'
      ? props?.subscriptionId
      : type === 'ResourceGroup'
        ? props?.resourceGroupId
        : props?.managementGroupId;
  return { type, target: target ?? p.appliedScopes?.[0] ?? null };
};

/** Utilization over 1, 7 and 30 days (`utilization.aggregates`, percentages), fetched at `asOf`. */
export const utilizationOf = (r: ReservationResponse, asOf: Instant): Utilization => {
  const aggregates = r.properties?.utilization?.aggregates ?? [];
  const day = (grain: number) =>
    aggregates.find((a) => a.grain === grain && (a.grainUnit ?? 'days').toLowerCase() === 'days')
      ?.value;
  const [day1, day7, day30] = [day(1), day(7), day(30)];
  return {
    ...(day1 === undefined ? {} : { day1 }),
    ...(day7 === undefined ? {} : { day7 }),
    ...(day30 === undefined ? {} : { day30 }),
    asOf,
  };
};

/** What the reservation belongs to, and when the data was fetched. */
export interface ReservationContext {
  readonly order: ReservationOrderResponse;
  /** The order the reservation was listed from (used when its own ARM ID does not say). */
  readonly orderId: string;
  readonly customerId: string;
  readonly asOf: Instant;
}

const required = <T>(value: T | undefined, what: string, id: string): T => {
  if (value === undefined) throw new Error(`reservation ${id} has no ${what}`);
  return value;
};

/**
 * A reservation from ARM as the domain's `Reservation`. Term and billing plan are the
 * reservation's own, else its order's; the purchase date is the reservation's `purchaseDate`, else
 * the order's `createdDateTime` (then `benefitStartTime`, `requestDateTime`); the expiry is the
 * reservation's, else the order's. Prices: {@link commitmentOf}. Throws when a required field is
 * missing or has a value the domain does not know.
 */
export const reservationOf = (r: ReservationResponse, ctx: ReservationContext): Reservation => {
  const p = r.properties ?? {};
  const { order } = ctx;
  // `name` is sometimes "<order>/<reservation>" (Reservation_ListAll); the ID's last segment is not.
  const armId = r.id ?? r.name;
  const id = required(armId === undefined ? undefined : bareId(armId), 'ID', '?');
  const quantity = required(p.quantity, 'quantity', id);
  if (!Number.isInteger(quantity) || quantity < 1)
    throw new Error(`reservation ${id} has quantity ${quantity}`);
  const term: Term = required(
    oneOf(terms, p.term ?? order.term),
    `known term (${p.term ?? order.term})`,
    id,
  );
  const billingPlan: BillingPlan = required(
    oneOf(billingPlans, p.billingPlan ?? order.billingPlan),
    `known billing plan (${p.billingPlan ?? order.billingPlan})`,
    id,
  );
  const purchaseDate = required(
    calendarDate(
      p.purchaseDate ?? order.createdDateTime ?? order.benefitStartTime ?? order.requestDateTime,
    ),
    'purchase date',
    id,
  );
  const expiryDate = calendarDate(
    p.expiryDate ?? p.expiryDateTime ?? order.expiryDate ?? order.expiryDateTime,
  );
  const utilization = utilizationOf(r, ctx.asOf);
  const billingSubscriptionId = billingSubscriptionOf(p.billingScopeId);
  const measured = [utilization.day1, utilization.day7, utilization.day30].filter(
    (v) => v !== undefined,
  );
  return {
    id,
    orderId: (r.id === undefined ? undefined : orderIdIn(r.id)) ?? ctx.orderId,
    customerId: ctx.customerId,
    displayName: p.displayName ?? id,
    reservedResourceType: p.reservedResourceType ?? '',
    sku: r.sku?.name ?? '',
    location: r.location ?? '',
    quantity,
    term,
    billingPlan,
    purchaseDate,
    ...(expiryDate === undefined ? {} : { expiryDate }),
    ...commitmentOf(order, quantity),
    scope: scopeOf(r),
    ...(billingSubscriptionId === undefined ? {} : { billingSubscriptionId }),
    ...(measured.length === 0 ? {} : { hasUsage: measured.some((v) => v > 0) }),
    utilization,
  };
};

/** The subscription of a `billingScopeId` ("/subscriptions/<id>"): where support tickets are filed. */
const billingSubscriptionOf = (billingScopeId: string | undefined): string | undefined =>
  /\/subscriptions\/([^/]+)/i.exec(billingScopeId ?? '')?.[1];

/**
 * The `Reservation_Update` body for a scope change. Single and ResourceGroup name their ARM ID in
 * `appliedScopes`; ManagementGroup needs `appliedScopeProperties` with the tenant and group.
 */
export const patchOf = (scope: AppliedScope, tenantId: string): Patch => {
  if (scope.type === 'Shared') return { appliedScopeType: 'Shared' };
  if (scope.target === null)
    throw new Error(`a ${scope.type} scope needs the ARM ID it applies to`);
  if (scope.type === 'ManagementGroup') {
    return {
      appliedScopeType: 'ManagementGroup',
      appliedScopeProperties: { tenantId, managementGroupId: scope.target },
    };
  }
  return { appliedScopeType: scope.type, appliedScopes: [scope.target] };
};
