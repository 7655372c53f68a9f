import type { AuditEntry, RequestRecord } from '../approvals/model.ts';
import type { StoreState } from '../approvals/store-schema.ts';

/**
 * Lookups over the store's requests — by ID, by idempotency key, by customer — kept in step with
 * the list instead of scanning it (in a large store each scan cost milliseconds, several per
 * approval) or rebuilding a map for each new list (the store swaps in a new list on every update).
 *
 * The index remembers the list it last answered for (a private copy of its references). Asked
 * about a list, it compares references with that copy — cheap, no allocation — and patches itself
 * for what differs: a request replaced at its place, requests appended, requests cut from the
 * end. Anything else (another ID at a place: another store's list) indexes the list afresh.
 */
interface Index {
  /** The references of the list last indexed, patched as it changes. */
  readonly seen: RequestRecord[];
  /** ID → first position; the same, lowercased; idempotency key → first position holding it. */
  readonly exact: Map<string, number>;
  readonly lower: Map<string, number>;
  readonly keys: Map<string, number>;
  /** Requests by customer ID, in list order. Arrays are replaced when they change, never edited. */
  readonly byCustomer: Map<string, readonly RequestRecord[]>;
}
let index: Index | undefined;

const setFirst = (map: Map<string, number>, key: string, i: number) => {
  const at = map.get(key);
  if (at === undefined || at > i) map.set(key, i);
};

const dropIf = (map: Map<string, number>, key: string, i: number) => {
  if (map.get(key) === i) map.delete(key);
};

const addAt = (x: Index, r: RequestRecord, i: number) => {
  setFirst(x.exact, r.id, i);
  setFirst(x.lower, r.id.toLowerCase(), i);
  for (const key of r.idempotencyKeys) setFirst(x.keys, key, i);
};

const fresh = (requests: readonly RequestRecord[]): Index => {
  const x: Index = {
    seen: requests.slice(),
    exact: new Map(),
    lower: new Map(),
    keys: new Map(),
    byCustomer: new Map(),
  };
  const groups = new Map<string, RequestRecord[]>();
  for (const [i, r] of requests.entries()) {
    addAt(x, r, i);
    const group = groups.get(r.customerId);
    if (group === undefined) groups.set(r.customerId, [r]);
    else group.push(r);
  }
  for (const [customer, group] of groups) x.byCustomer.set(customer, group);
  return x;
};

/** Replaces `before` with `after` (same ID and customer) in the customer's group. */
const regroup = (x: Index, before: RequestRecord, after: RequestRecord) => {
  const group = x.byCustomer.get(before.customerId) ?? [];
  x.byCustomer.set(
    before.customerId,
    group.map((r) => (r === before ? after : r)),
  );
};

const inStep = (requests: readonly RequestRecord[]): Index => {
  const x = index;
  if (x === undefined) return fresh(requests);
  const { seen } = x;
  const common = Math.min(seen.length, requests.length);
  for (let i = 0; i < common; i += 1) {
    const before = seen[i];
    const now = requests[i];
    if (before === now) continue;
    if (before === undefined || now === undefined) return fresh(requests);
    if (before.id !== now.id || before.customerId !== now.customerId) return fresh(requests);
    seen[i] = now;
    for (const key of now.idempotencyKeys) setFirst(x.keys, key, i);
    regroup(x, before, now);
  }
  // Cut from the end: each cut request is the last of its customer's group.
  for (let i = seen.length - 1; i >= requests.length; i -= 1) {
    const r = seen.pop();
    if (r === undefined) return fresh(requests);
    dropIf(x.exact, r.id, i);
    dropIf(x.lower, r.id.toLowerCase(), i);
    for (const key of r.idempotencyKeys) dropIf(x.keys, key, i);
    const group = x.byCustomer.get(r.customerId) ?? [];
    if (group.length <= 1) x.byCustomer.delete(r.customerId);
    else x.byCustomer.set(r.customerId, group.slice(0, -1));
  }
  for (let i = seen.length; i < requests.length; i += 1) {
    const r = requests[i];
    if (r === undefined) return fresh(requests);
    seen.push(r);
    addAt(x, r, i);
    x.byCustomer.set(r.customerId, [...(x.byCustomer.get(r.customerId) ?? []), r]);
  }
  return x;
};

const current = (requests: readonly RequestRecord[]): Index => {
  index = inStep(requests);
  return index;
};

/** The requests grouped by customer ID, in list order, as `requests` holds them now. */
export const requestsByCustomer = (
  requests: readonly RequestRecord[],
): ReadonlyMap<string, readonly RequestRecord[]> => current(requests).byCustomer;

/** Replaces a request in the state and appends its audit line; returns the new record. */
export const replaceRequest = (
  state: StoreState,
  next: RequestRecord,
  audit: AuditEntry,
): RequestRecord => {
  // The state is a working copy (store.update): its list may be written in place.
  const i = current(state.requests).exact.get(next.id) ?? -1;
  if (i >= 0) state.requests[i] = next;
  state.audit.push(audit);
  return next;
};

/**
 * A request by its ID, case-insensitively ("rd-7f3k9q" finds RD-7F3K9Q). The exact spelling, as
 * buttons carry it, is found without lowercasing every ID in a large store.
 */
export const findById = (
  requests: readonly RequestRecord[],
  id: string,
): RequestRecord | undefined => {
  const wanted = id.trim();
  if (wanted === '') return undefined;
  const x = current(requests);
  const at = x.exact.get(wanted) ?? x.lower.get(wanted.toLowerCase());
  return at === undefined ? undefined : requests[at];
};

/** Whether a request has exactly this ID (new IDs are checked against it). */
export const hasExactId = (requests: readonly RequestRecord[], id: string): boolean =>
  current(requests).exact.has(id);

/** The first request that carries this idempotency key (a platform's delivery ID), if any. */
export const findByKey = (
  requests: readonly RequestRecord[],
  key: string,
): RequestRecord | undefined => {
  const { keys } = current(requests);
  const at = keys.get(key);
  if (at === undefined) return undefined;
  const found = requests[at];
  // A replacement may have dropped the key from the request it pointed at: scan, then remember.
  if (found?.idempotencyKeys.includes(key)) return found;
  const i = requests.findIndex((r) => r.idempotencyKeys.includes(key));
  if (i < 0) keys.delete(key);
  else keys.set(key, i);
  return requests[i];
};
