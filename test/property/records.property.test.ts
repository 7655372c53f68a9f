import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { RequestRecord } from '../../src/approvals/model.ts';
import { findById, findByKey, hasExactId, requestsByCustomer } from '../../src/desk/records.ts';

// The request index keeps itself in step with the list it was last asked about. Whatever is done
// to the lists between lookups — appends, replacements (which may add or drop idempotency keys),
// edits of the same array object, cuts, other lists — it must answer what a plain scan answers.
const customers = ['cust-1', 'cust-2', 'cust-3'];
const keysOf = (version: number) => [`k${version % 5}`, `k${version % 7}`].slice(0, version % 3);
const rec = (id: string, version = 0) =>
  ({
    id,
    version,
    customerId: customers[id.length % customers.length],
    idempotencyKeys: keysOf(version),
  }) as unknown as RequestRecord;
const keys = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'nope'];

const groupedByScan = (list: readonly RequestRecord[]) => {
  const map = new Map<string, RequestRecord[]>();
  for (const r of list) map.set(r.customerId, [...(map.get(r.customerId) ?? []), r]);
  return map;
};

type Step =
  | { readonly kind: 'append'; readonly id: string }
  | { readonly kind: 'replace'; readonly at: number }
  | { readonly kind: 'swap-id'; readonly at: number; readonly id: string }
  | { readonly kind: 'copy' }
  | { readonly kind: 'shrink'; readonly by: number }
  | { readonly kind: 'other-list' }
  | { readonly kind: 'look'; readonly id: string };

const id = fc.constantFrom('RD-A1', 'RD-B2', 'rd-a1', 'RD-C3', 'RD-D4', 'Rd-E5', 'RD-F6', 'x');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), id }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('swap-id' as const), at: fc.nat(20), id }),
  fc.record({ kind: fc.constant('copy' as const) }),
  fc.record({ kind: fc.constant('shrink' as const), by: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('other-list' as const) }),
  fc.record({ kind: fc.constant('look' as const), id }),
);

const scan = (list: readonly RequestRecord[], wanted: string) =>
  list.find((r) => r.id === wanted) ??
  list.find((r) => r.id.toLowerCase() === wanted.toLowerCase());

describe('the request index', () => {
  test.prop([fc.array(step, { maxLength: 60 }), fc.array(id, { maxLength: 8 })], { numRuns: 500 })(
    'answers what a scan of the list answers, however the lists change between lookups',
    (steps, start) => {
      let list: RequestRecord[] = start.map((i) => rec(i));
      let other: RequestRecord[] = [rec('RD-C3'), rec('RD-A1')];
      let version = 0;
      for (const s of steps) {
        version += 1;
        switch (s.kind) {
          case 'append':
            list.push(rec(s.id, version));
            break;
          case 'replace': {
            const r = list[s.at % Math.max(1, list.length)];
            if (r !== undefined) list[s.at % list.length] = rec(r.id, version);
            break;
          }
          case 'swap-id':
            if (list.length > 0) list[s.at % list.length] = rec(s.id, version);
            break;
          case 'copy':
            list = list.slice();
            break;
          case 'shrink':
            list = list.slice(0, Math.max(0, list.length - s.by));
            break;
          case 'other-list':
            [list, other] = [other, list];
            break;
          case 'look':
            break;
        }
        for (const wanted of ['RD-A1', 'rd-a1', 'RD-B2', 'RD-C3', 'rd-e5', 'RD-F6', 'x', s.kind]) {
          expect(findById(list, wanted)).toBe(scan(list, wanted));
          expect(hasExactId(list, wanted)).toBe(list.some((r) => r.id === wanted));
        }
        for (const key of keys)
          expect(findByKey(list, key)).toBe(list.find((r) => r.idempotencyKeys.includes(key)));
        expect(new Map(requestsByCustomer(list))).toEqual(groupedByScan(list));
      }
    },
  );
});
