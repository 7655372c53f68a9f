import type { Customer, Reservation } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import { suggest } from '../shared/suggest.ts';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A customer by ID, tenant ID, domain, or name (exact, else an unambiguous prefix). */
export const findCustomer = (
  customers: readonly Customer[],
  query: string,
): Result<Customer, DomainError> => {
  const q = query.trim();
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
    suggestions: suggest(
      q,
      customers.flatMap((c) => [c.name, c.domain]),
    ),
  });
};

/** The reservation ID at the end of an ARM ID (…/reservationOrders/{order}/reservations/{id}). */
const armReservationId = (q: string): string | undefined =>
  /\/reservations\/([^/]+)\/?$/i.exec(q)?.[1];

/**
 * A reservation by its ID, ARM ID, order ID, or display name. A display name may be qualified by
 * its customer ("contoso/VM_RI_D2s_weu") when several customers use it.
 */
export const findReservation = (
  reservations: readonly Reservation[],
  customers: readonly Customer[],
  query: string,
): Result<Reservation, DomainError> => {
  const q = query.trim();
  const id = armReservationId(q) ?? q;
  const byId = reservations.filter((r) => same(r.id, id));
  if (byId.length === 1 && byId[0] !== undefined) return ok(byId[0]);
  const byOrder = reservations.filter((r) => same(r.orderId, q));
  if (byOrder.length === 1 && byOrder[0] !== undefined) return ok(byOrder[0]);
  const slash = q.indexOf('/');
  let pool = reservations;
  let name = q;
  if (slash > 0 && !q.startsWith('/')) {
    const customer = findCustomer(customers, q.slice(0, slash));
    if (customer.ok) {
      pool = reservations.filter((r) => r.customerId === customer.value.id);
      name = q.slice(slash + 1);
    }
  }
  const byName = pool.filter((r) => same(r.displayName, name));
  const matches = byOrder.length > 1 ? byOrder : byName;
  if (matches.length === 1 && matches[0] !== undefined) return ok(matches[0]);
  const customerName = (r: Reservation) =>
    customers.find((c) => c.id === r.customerId)?.name ?? r.customerId;
  if (matches.length > 1) {
    return fail('RESERVATION_AMBIGUOUS', {
      query: q,
      matches: matches.map((r) => `${r.displayName} of ${customerName(r)} (${r.id})`),
    });
  }
  return fail('RESERVATION_NOT_FOUND', {
    query: q,
    suggestions: suggest(
      name,
      pool.map((r) => r.displayName),
    ),
  });
};
