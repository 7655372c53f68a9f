import type { AuditEntry } from '../../src/approvals/model.ts';
import type { JournalEntry, StoreState } from '../../src/approvals/store-schema.ts';

/**
 * The store's journal: one JSON line per update, beside the lowdb file. An update appends what it
 * changed (a request, an audit line) instead of rewriting the whole file, so its cost no longer
 * grows with the store; the file is rewritten from time to time and the journal emptied.
 *
 * What an update changed is found by identity, which is cheap because updates copy containers
 * and replace records (lowdb-store.ts): a request whose object changed is upserted by its ID, and
 * records past the old end of an append-only list are appended. Anything else (a list that
 * shrank, a request moved) answers `rewrite`, and the whole file is written as before.
 */
export type Change = Omit<JournalEntry, 'seq'>;

/** Records added past the end of `before`; `undefined` if `after` is not `before` plus more. */
const appended = <T>(before: readonly T[], after: readonly T[]): T[] | undefined => {
  if (after.length < before.length) return undefined;
  for (let i = 0; i < before.length; i += 1) if (after[i] !== before[i]) return undefined;
  return after.slice(before.length);
};

const changedRequests = (before: StoreState, after: StoreState) => {
  const a = before.requests;
  const b = after.requests;
  if (b.length < a.length) return undefined;
  const changed: StoreState['requests'] = [];
  for (let i = 0; i < b.length; i += 1) {
    const next = b[i];
    const prev = a[i];
    if (next === undefined) return undefined;
    if (next === prev) continue;
    if (prev !== undefined && prev.id !== next.id) return undefined;
    changed.push(next);
  }
  return changed;
};

/**
 * What changed from `before` to `after`: a journal entry, `rewrite`, or `undefined` for nothing.
 * `auditAdded`, when the caller knows it (the store's append-only view), stands for the audit
 * lines appended, and `after.audit` is not compared.
 */
export const changeBetween = (
  before: StoreState,
  after: StoreState,
  auditAdded?: readonly AuditEntry[],
): Change | 'rewrite' | undefined => {
  if (after.schemaVersion !== before.schemaVersion) return 'rewrite';
  const requests = changedRequests(before, after);
  const audit = auditAdded === undefined ? appended(before.audit, after.audit) : [...auditAdded];
  const tickets = appended(before.sandbox.tickets, after.sandbox.tickets);
  const scopes = appended(before.sandbox.scopes, after.sandbox.scopes);
  if (!requests || !audit || !tickets || !scopes) return 'rewrite';
  const settings =
    JSON.stringify(after.settings) === JSON.stringify(before.settings) ? undefined : after.settings;
  const change: Change = {
    ...(requests.length > 0 ? { requests } : {}),
    ...(audit.length > 0 ? { audit } : {}),
    ...(tickets.length > 0 ? { tickets } : {}),
    ...(scopes.length > 0 ? { scopes } : {}),
    ...(settings === undefined ? {} : { settings }),
  };
  return Object.keys(change).length === 0 ? undefined : change;
};

/**
 * Lays journal entries over a state read from the file (mutating it: call on a fresh parse),
 * skipping those the file already holds (`seq` ≤ its `journalSeq`). Answers the last `seq`.
 */
export const replay = (state: StoreState, entries: readonly JournalEntry[]): number => {
  const at = new Map(state.requests.map((r, i) => [r.id, i]));
  let last = state.journalSeq;
  for (const e of entries) {
    if (e.seq <= last) continue;
    last = e.seq;
    for (const r of e.requests ?? []) {
      const i = at.get(r.id);
      if (i === undefined) {
        at.set(r.id, state.requests.length);
        state.requests.push(r);
      } else state.requests[i] = r;
    }
    state.audit.push(...(e.audit ?? []));
    state.sandbox.tickets.push(...(e.tickets ?? []));
    state.sandbox.scopes.push(...(e.scopes ?? []));
    if (e.settings !== undefined) state.settings = e.settings;
  }
  return last;
};
