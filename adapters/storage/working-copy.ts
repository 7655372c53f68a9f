import { emptyStoreState, type StoreState } from '../../src/approvals/store-schema.ts';
import type { Change } from './journal.ts';

/**
 * What a change works on: new containers (arrays, the nested objects) holding the same records.
 * Changes replace records and never edit one in place (records.ts), and every record is frozen,
 * so a failed change leaves the current state as it was. Copying the containers costs a pointer
 * per record; a deep copy of a large store cost seconds per update.
 */
export const workingCopy = (s: StoreState, audit: StoreState['audit']): StoreState => ({
  ...s,
  requests: s.requests.slice(),
  audit,
  sandbox: { ...s.sandbox, tickets: s.sandbox.tickets.slice(), scopes: s.sandbox.scopes.slice() },
  settings: { ...s.settings, locales: { ...s.settings.locales } },
});

/** Freezes the records a change may have added: an edit in place would throw, not slip through. */
export const freezeRecords = (s: StoreState): void => {
  for (const list of [s.requests, s.audit, s.sandbox.tickets, s.sandbox.scopes])
    for (const record of list) if (!Object.isFrozen(record)) Object.freeze(record);
};

/** A change's records in the shape `freezeRecords` walks. */
export const asState = (c: Change): StoreState => ({
  ...emptyStoreState(),
  requests: c.requests ?? [],
  audit: c.audit ?? [],
  sandbox: { tickets: c.tickets ?? [], scopes: c.scopes ?? [] },
});
