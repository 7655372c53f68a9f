import type { CapEntry } from '../quotes/cap.ts';
import { type ExchangeQuote, type NewPurchase, quoteExchange } from '../quotes/exchange-quote.ts';
import { expiryOf } from '../quotes/timeline.ts';
import type { Customer, Reservation } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { parseMoney } from '../shared/money.ts';
import { ok, type Result } from '../shared/result.ts';
import { type CalendarDate, compareDates, daysBetween, today } from '../shared/time.ts';
import { capLedger, type DeskContext } from './deps.ts';
import { customerIndex } from './indexes.ts';
import { findCustomer, findReservation } from './lookup.ts';
import { requestsByCustomer } from './records.ts';

/** A reservation with what people ask first: when it ends and how much of its term is used. */
export interface ReservationView {
  readonly reservation: Reservation;
  readonly customer: Customer;
  readonly expiryDate: CalendarDate;
  readonly daysToExpiry: number;
  /** 0…1: the share of the term already behind it. */
  readonly termUsed: number;
  readonly expired: boolean;
}

export const viewOf = (
  reservation: Reservation,
  customer: Customer,
  asOf: CalendarDate,
): ReservationView => {
  const expiryDate = expiryOf(reservation);
  const termDays = daysBetween(reservation.purchaseDate, expiryDate);
  const held = Math.min(Math.max(daysBetween(reservation.purchaseDate, asOf), 0), termDays);
  return {
    reservation,
    customer,
    expiryDate,
    daysToExpiry: daysBetween(asOf, expiryDate),
    termUsed: termDays > 0 ? held / termDays : 1,
    expired: asOf >= expiryDate,
  };
};

const customerOf = (customers: readonly Customer[], r: Reservation): Customer =>
  customerIndex(customers).get(r.customerId) ?? {
    id: r.customerId,
    name: r.customerId,
    domain: '',
    tenantId: '',
  };

export interface CustomerSummary {
  readonly customer: Customer;
  readonly reservationCount: number;
}

/** Customers whose name, domain or ID contains `query` (all when omitted), with reservation counts. */
export const listCustomers = async (
  ctx: DeskContext,
  query?: string,
): Promise<Result<CustomerSummary[], DomainError>> => {
  const [customers, reservations] = await Promise.all([
    ctx.provider.listCustomers(),
    ctx.provider.listReservations(),
  ]);
  const q = query?.trim().toLowerCase() ?? '';
  const counts = new Map<string, number>();
  for (const r of reservations) counts.set(r.customerId, (counts.get(r.customerId) ?? 0) + 1);
  const matching = customers.filter(
    (c) => q === '' || [c.name, c.domain, c.id].some((f) => f.toLowerCase().includes(q)),
  );
  if (matching.length === 0 && q !== '') {
    const nearest = findCustomer(customers, q);
    if (!nearest.ok) return nearest;
  }
  return ok(
    matching
      .map((customer) => ({ customer, reservationCount: counts.get(customer.id) ?? 0 }))
      .sort((a, b) => a.customer.name.localeCompare(b.customer.name)),
  );
};

/** A customer's reservations, soonest expiry first. */
export const listReservations = async (
  ctx: DeskContext,
  customerQuery: string,
): Promise<Result<{ customer: Customer; reservations: ReservationView[] }, DomainError>> => {
  const found = findCustomer(await ctx.provider.listCustomers(), customerQuery);
  if (!found.ok) return found;
  const asOf = today(ctx.clock);
  const views = (await ctx.provider.listReservations(found.value.id))
    .map((r) => viewOf(r, found.value, asOf))
    .sort(
      (a, b) =>
        compareDates(a.expiryDate, b.expiryDate) ||
        a.reservation.displayName.localeCompare(b.reservation.displayName),
    );
  return ok({ customer: found.value, reservations: views });
};

/** One reservation, named by ID, ARM ID, order ID or display name. */
export const showReservation = async (
  ctx: DeskContext,
  query: string,
): Promise<Result<ReservationView, DomainError>> => {
  const [customers, reservations] = await Promise.all([
    ctx.provider.listCustomers(),
    ctx.provider.listReservations(),
  ]);
  const found = findReservation(reservations, customers, query);
  if (!found.ok) return found;
  return ok(viewOf(found.value, customerOf(customers, found.value), today(ctx.clock)));
};

/** The customer's cap ledger as of a date, from the provider's history and the bot's own requests. */
export const ledgerFor = async (ctx: DeskContext, customerId: string): Promise<CapEntry[]> => {
  const [history, state] = await Promise.all([
    ctx.provider.listRefundHistory(customerId),
    ctx.store.read(),
  ]);
  return capLedger(customerId, history, requestsByCustomer(state.requests).get(customerId) ?? []);
};

export interface QuoteOptions {
  readonly reservation: string;
  readonly quantity?: number | string;
  readonly asOf?: CalendarDate;
}

export interface ExchangeQuoteOptions extends QuoteOptions {
  /** Lifetime total of the new purchase, a decimal in the reservation's billing currency. */
  readonly newTotal: string;
  /** The new purchase's product family; the returned reservation's when omitted. */
  readonly newType?: string;
  readonly newPurchase?: Omit<NewPurchase, 'total' | 'reservedResourceType'>;
}

export const quoteExchangeFor = async (
  ctx: DeskContext,
  o: ExchangeQuoteOptions,
): Promise<Result<{ view: ReservationView; quote: ExchangeQuote }, DomainError>> => {
  const shown = await showReservation(ctx, o.reservation);
  if (!shown.ok) return shown;
  const r = shown.value.reservation;
  const total = parseMoney(o.newTotal, r.price.currency);
  if (!total.ok) return total;
  if (total.value.minor <= 0n)
    return fail('INVALID_AMOUNT', { amount: o.newTotal, currency: r.price.currency });
  const q = quoteExchange({
    reservation: r,
    asOf: o.asOf ?? today(ctx.clock),
    policy: ctx.policy,
    newPurchase: {
      ...o.newPurchase,
      reservedResourceType: o.newType?.trim() || r.reservedResourceType,
      total: total.value,
    },
    ...(o.quantity === undefined ? {} : { quantity: o.quantity }),
  });
  return q.ok ? ok({ view: shown.value, quote: q.value }) : q;
};

/**
 * Reservations whose display name, ID, order ID or customer contains `query` (case-insensitive),
 * soonest expiry first, at most `limit`: the "Find a reservation" search.
 */
export const searchReservations = async (
  ctx: DeskContext,
  query: string,
  limit = 25,
): Promise<ReservationView[]> => {
  const [customers, reservations] = await Promise.all([
    ctx.provider.listCustomers(),
    ctx.provider.listReservations(),
  ]);
  const q = query.trim().toLowerCase();
  const asOf = today(ctx.clock);
  const matches = (r: Reservation, c: Customer) =>
    q === '' ||
    [r.displayName, r.id, r.orderId, c.name, c.domain].some((f) => f.toLowerCase().includes(q));
  return reservations
    .filter((r) => matches(r, customerOf(customers, r)))
    .map((r) => viewOf(r, customerOf(customers, r), asOf))
    .sort((a, b) => compareDates(a.expiryDate, b.expiryDate))
    .slice(0, limit);
};
