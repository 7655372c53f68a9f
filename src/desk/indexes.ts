import type { Customer, Reservation } from '../reservations/model.ts';

/**
 * Lookups over lists that the providers hand out unchanged (the sandbox tenant never changes while
 * the process runs). Each index is built once per list object and forgotten with it, so a lookup
 * costs a map read instead of a scan of every reservation. The store's requests, which change with
 * every update, are indexed in step with it instead (records.ts).
 */
export interface ReservationIndex {
  /** Keys lowercased, each holding every reservation with that ID, order ID or display name. */
  readonly byId: ReadonlyMap<string, readonly Reservation[]>;
  readonly byOrder: ReadonlyMap<string, readonly Reservation[]>;
  readonly byName: ReadonlyMap<string, readonly Reservation[]>;
  readonly byCustomer: ReadonlyMap<string, readonly Reservation[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

const memo = <L extends object, I>(build: (list: L) => I) => {
  const cache = new WeakMap<L, I>();
  return (list: L): I => {
    const found = cache.get(list);
    if (found !== undefined) return found;
    const made = build(list);
    cache.set(list, made);
    return made;
  };
};

export const reservationIndex = memo((list: readonly Reservation[]): ReservationIndex => {
  const byId = new Map<string, Reservation[]>();
  const byOrder = new Map<string, Reservation[]>();
  const byName = new Map<string, Reservation[]>();
  const byCustomer = new Map<string, Reservation[]>();
  for (const r of list) {
    push(byId, r.id.toLowerCase(), r);
    push(byOrder, r.orderId.toLowerCase(), r);
    push(byName, r.displayName.toLowerCase(), r);
    push(byCustomer, r.customerId, r);
  }
  return { byId, byOrder, byName, byCustomer };
});

/** Customers by ID. */
export const customerIndex = memo(
  (list: readonly Customer[]): ReadonlyMap<string, Customer> => new Map(list.map((c) => [c.id, c])),
);
