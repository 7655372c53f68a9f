import type { AuditEntry, RequestRecord } from '../approvals/model.ts';
import type { StoreState } from '../approvals/store-schema.ts';

/** Replaces a request in the state and appends its audit line; returns the new record. */
export const replaceRequest = (
  state: StoreState,
  next: RequestRecord,
  audit: AuditEntry,
): RequestRecord => {
  // The state is a working copy (store.update): its list may be written in place.
  const i = state.requests.findIndex((r) => r.id === next.id);
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
  const exact = requests.find((r) => r.id === wanted);
  if (exact !== undefined || wanted === '') return exact;
  const lower = wanted.toLowerCase();
  return requests.find((r) => r.id.length === lower.length && r.id.toLowerCase() === lower);
};
