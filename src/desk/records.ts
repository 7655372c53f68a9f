import type { AuditEntry, RequestRecord } from '../approvals/model.ts';
import type { StoreState } from '../approvals/store-schema.ts';

/**
 * Where each request ID sits in the store's list, kept in step with the list instead of scanning
 * it on every lookup (in a large store each scan cost milliseconds, several per approval). The
 * store's list changes only by replacing a request at its place and by appending; a comparison
 * of the list with the copy seen last (references only, fast) finds those, and anything else — a
 * shorter list, another ID at a place, another store's list — indexes it afresh.
 */
interface Positions {
  seen: RequestRecord[];
  readonly exact: Map<string, number>;
  readonly lower: Map<string, number>;
}
let positions: Positions | undefined;

const add = (p: Positions, r: RequestRecord | undefined, i: number) => {
  if (r === undefined) return;
  // IDs are unique in a store; were one repeated, the first is the one a scan finds.
  if (!p.exact.has(r.id)) p.exact.set(r.id, i);
  if (!p.lower.has(r.id.toLowerCase())) p.lower.set(r.id.toLowerCase(), i);
};

const fresh = (requests: readonly RequestRecord[]): Positions => {
  const p: Positions = { seen: requests.slice(), exact: new Map(), lower: new Map() };
  for (const [i, r] of requests.entries()) add(p, r, i);
  return p;
};

const inStep = (requests: readonly RequestRecord[]): Positions => {
  const p = positions;
  if (p === undefined || requests.length < p.seen.length) return fresh(requests);
  let changed = requests.length !== p.seen.length;
  for (let i = 0; i < p.seen.length; i += 1) {
    const before = p.seen[i];
    const now = requests[i];
    if (before === now) continue;
    if (before?.id !== now?.id) return fresh(requests);
    changed = true;
  }
  if (!changed) return p;
  for (let i = p.seen.length; i < requests.length; i += 1) add(p, requests[i], i);
  p.seen = requests.slice();
  return p;
};

const positionIn = (requests: readonly RequestRecord[], id: string, lower: boolean): number => {
  positions = inStep(requests);
  return (lower ? positions.lower.get(id.toLowerCase()) : positions.exact.get(id)) ?? -1;
};

/** Replaces a request in the state and appends its audit line; returns the new record. */
export const replaceRequest = (
  state: StoreState,
  next: RequestRecord,
  audit: AuditEntry,
): RequestRecord => {
  // The state is a working copy (store.update): its list may be written in place.
  const i = positionIn(state.requests, next.id, false);
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
  const at = positionIn(requests, wanted, false);
  return requests[at >= 0 ? at : positionIn(requests, wanted, true)];
};
