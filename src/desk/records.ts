import type { AuditEntry, RequestRecord } from '../approvals/model.ts';
import type { StoreState } from '../approvals/store-schema.ts';

/** Replaces a request in the state and appends its audit line; returns the new record. */
export const replaceRequest = (
  state: StoreState,
  next: RequestRecord,
  audit: AuditEntry,
): RequestRecord => {
  state.requests = state.requests.map((r) => (r.id === next.id ? next : r));
  state.audit.push(audit);
  return next;
};
