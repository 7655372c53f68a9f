import type { Customer, Reservation } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import { suggest } from '../shared/suggest.ts';
import { customerIndex, reservationIndex } from './indexes.ts';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A customer by ID, tenant ID, domain, or name (exact, else an unambiguous prefix). */
export const findCustomer = (
  customers: readonly Customer[],
  query: string,
): Result<Customer, DomainError> => {
  const q = query.trim();
  if (q === '') return fail('CUSTOMER_NOT_FOUND', { query: q, suggestions: [] });
  const exact = customers.filter(
    (c) => same(c.id, q) || same(c.tenantId, q) || same(c.domain, q) || same(c.name, q),
  );
  const matches =
    exact.length > 0
      ? exact
      : customers.filter(
          (c) =>
            c.name.toLowerCase().startsWith(q.toLowerCase()) ||
            c.domain.toLowerCase().startsWith(q.toLowerCase()),
        );
  if (matches.length === 1 && matches[0] !== undefined) return ok(matches[0]);
  if (matches.length > 1) {
    return fail('CUSTOMER_AMBIGUOUS', {
      query: q,
      matches: matches.map((c) => `${c.name} (${c.domain})`),
    });
  }
  return fail('CUSTOMER_NOT_FOUND', {
    query: q,
    // People type the short form ("fabrikam"), so its typos are matched against short forms too.
    suggestions: suggest(
      q,
      customers.flatMap((c) => [
        c.name,
        c.domain,
        c.name.split(/\s+/)[0] ?? '',
        c.domain.split('.')[0] ?? '',
      ]),
    ),
  });
};

/** The reservation order and reservation IDs of an ARM ID (…/reservationOrders/{order}[/reservations/{id}]). */
const armIds = (q: string): { orderId: string; reservationId?: string } | undefined => {
  const m = /\/reservationOrders\/([^/]+)(?:\/reservations\/([^/]+))?\/?$/i.exec(q);
  if (m?.[1] === undefined) return undefined;
  return m[2] === undefined ? { orderId: m[1] } : { orderId: m[1], reservationId: m[2] };
};

const only = (list: readonly Reservation[]): Reservation | undefined =>
  list.length === 1 ? list[0] : undefined;

/**
 * A reservation by its ID, ARM ID (of the reservation, or of an order holding one reservation),
 * order ID, or display name. A display name may be qualified by its customer
 * ("contoso/VM_RI_D2s_weu") when several customers use it.
 */
export const findReservation = (
  reservations: readonly Reservation[],
  customers: readonly Customer[],
  query: string,
): Result<Reservation, DomainError> => {
  const q = query.trim();
  const index = reservationIndex(reservations);
  const arm = armIds(q);
  if (arm !== undefined) {
    const inOrder = index.byOrder.get(arm.orderId.toLowerCase()) ?? [];
    const hit =
      arm.reservationId === undefined
        ? only(inOrder)
        : only(inOrder.filter((r) => same(r.id, arm.reservationId ?? '')));
    if (hit !== undefined) return ok(hit);
    if (inOrder.length > 1 && arm.reservationId === undefined)
      return ambiguous(q, inOrder, customers);
    return fail('RESERVATION_NOT_FOUND', { query: q, suggestions: [] });
  }
  const byId = only(index.byId.get(q.toLowerCase()) ?? []);
  if (byId !== undefined) return ok(byId);
  const byOrder = index.byOrder.get(q.toLowerCase()) ?? [];
  if (byOrder.length === 1 && byOrder[0] !== undefined) return ok(byOrder[0]);
  if (byOrder.length > 1) return ambiguous(q, byOrder, customers);
  const slash = q.indexOf('/');
  let pool = reservations;
  let name = q;
  if (slash > 0) {
    const customer = findCustomer(customers, q.slice(0, slash));
    if (!customer.ok) return customer;
    pool = index.byCustomer.get(customer.value.id) ?? [];
    name = q.slice(slash + 1);
  }
  // Within a customer, the part after the slash may also be the reservation's ID or order ID.
  const inCustomer =
    pool === reservations ? [] : pool.filter((r) => same(r.id, name) || same(r.orderId, name));
  if (inCustomer.length === 1 && inCustomer[0] !== undefined) return ok(inCustomer[0]);
  const byName =
    pool === reservations
      ? (index.byName.get(name.toLowerCase()) ?? [])
      : pool.filter((r) => same(r.displayName, name));
  if (byName.length === 1 && byName[0] !== undefined) return ok(byName[0]);
  if (byName.length > 1) return ambiguous(q, byName, customers);
  return fail('RESERVATION_NOT_FOUND', {
    query: q,
    suggestions: suggest(
      name,
      pool.map((r) => r.displayName),
    ),
  });
};

const ambiguous = (q: string, matches: readonly Reservation[], customers: readonly Customer[]) => {
  const byId = customerIndex(customers);
  const customerName = (r: Reservation) => byId.get(r.customerId)?.name ?? r.customerId;
  return fail('RESERVATION_AMBIGUOUS', {
    query: q,
    matches: matches.map((r) => `${r.displayName} of ${customerName(r)} (${r.id})`),
  });
};
