import type { z } from 'zod';
import type { storeStateSchema } from '../../src/approvals/store-schema.ts';
import { type RawRequest, trail } from './generate-audit.ts';
import type { RawTenant } from './generate-tenant.ts';
import { addDaysTo, decimal, type Random } from './random.ts';

type StoreInput = z.input<typeof storeStateSchema>;
type Status = RawRequest['status'];

const staff = [
  { name: 'Dev Patel', email: 'dev.patel@partner.example' },
  { name: 'Chloé Martin', email: 'chloe.martin@partner.example' },
];
const approvers = [
  { name: 'Ana Silva', email: 'ana.silva@partner.example' },
  { name: 'Ben Okafor', email: 'ben.okafor@partner.example' },
];
// Decided requests only: a history, not a queue (pending ones would expire at the first approval).
const statuses: readonly [Status, number][] = [
  ['credited_to_customer', 0.45],
  ['refunded_by_microsoft', 0.1],
  ['filed', 0.1],
  ['rejected', 0.15],
  ['expired', 0.15],
  ['failed', 0.05],
];
const reasons = [
  'Customer is moving this workload to a Savings Plan',
  'Over-provisioned after the migration; returning the unused units',
  'Project cancelled by the customer',
  'Region change: the workload moved to another region',
];

const statusOf = (rand: Random): Status => {
  let x = rand.next();
  for (const [s, p] of statuses) {
    x -= p;
    if (x < 0) return s;
  }
  return 'credited_to_customer';
};

const at = (date: string, rand: Random) =>
  `${date}T${String(rand.int(7, 18)).padStart(2, '0')}:${String(rand.int(0, 59)).padStart(2, '0')}:00.000Z`;

const requestOf = (
  rand: Random,
  n: number,
  tenant: RawTenant,
  names: ReadonlyMap<string, string>,
): RawRequest => {
  const reservation = rand.pick(tenant.reservations);
  const created = rand.date('2024-01-01', '2026-11-10');
  const createdAt = at(created, rand);
  const status = statusOf(rand);
  const requestedBy = rand.pick(staff);
  const approver = rand.pick(approvers);
  const quantity = rand.int(1, reservation.quantity);
  const credit = rand.int(5_000, 200_000);
  const fee = Math.round(credit * 0.12);
  const exchange = rand.chance(0.15);
  const quote = exchange
    ? {
        reservationId: reservation.id,
        quantity,
        currency: 'USD',
        credit: decimal(credit),
        remainingCommitment: '0.00',
        minimumNewTotal: decimal(credit),
        newTotal: decimal(credit + 50_000),
        netPayable: '500.00',
      }
    : {
        reservationId: reservation.id,
        quantity,
        currency: 'USD',
        daysSincePurchase: rand.int(6, 300),
        remainingDays: rand.int(10, 360),
        termDays: 365,
        hasUsage: true,
        creditBasis: 'prorated' as const,
        credit: decimal(credit),
        earlyTerminationFee: decimal(fee),
        refund: decimal(credit - fee),
        capLimit: '50000.00',
        capCounted: decimal(credit),
        capUsed: '0.00',
        capRemaining: decimal(5_000_000 - credit),
        exceedsCap: false,
      };
  const decidedOn = addDaysTo(created, rand.int(0, 3));
  const decidedAt = at(decidedOn, rand);
  const settled = addDaysTo(decidedOn, rand.int(10, 40));
  const settlement = (recordedBy: { name: string; email: string }) => ({
    amount: decimal(credit - fee),
    currency: 'USD',
    reference: `CN-${100000 + n}`,
    recordedBy,
    recordedAt: at(settled, rand),
  });
  const decided = status !== 'expired';
  const approved = decided && status !== 'rejected';
  const filed = approved && status !== 'failed';
  return {
    id: `RD-H${n.toString(36).toUpperCase().padStart(7, '0')}`,
    kind: exchange ? 'exchange' : 'refund',
    status,
    customerId: reservation.customerId,
    customerName: names.get(reservation.customerId) ?? reservation.customerId,
    reservationId: reservation.id,
    reservationOrderId: reservation.orderId,
    reservationName: reservation.displayName,
    quantity,
    reason: rand.pick(reasons),
    contact: {
      firstName: requestedBy.name.split(' ')[0] ?? 'Dev',
      lastName: requestedBy.name.split(' ')[1] ?? 'Patel',
      preferredContactMethod: 'email',
      email: requestedBy.email,
      phone: '+44 20 7946 0000',
      timeZone: 'GMT Standard Time',
      language: 'en-us',
      country: 'GBR',
    },
    ...(exchange
      ? {
          newPurchase: {
            reservedResourceType: reservation.reservedResourceType,
            total: decimal(credit + 50_000),
            currency: 'USD',
            sku: reservation.sku,
            location: reservation.location,
            term: 'P1Y' as const,
            quantity,
            billingPlan: 'Upfront' as const,
          },
        }
      : {}),
    quote,
    quoteAsOf: approved ? decidedOn : created,
    requestedBy,
    requestedVia: rand.chance(0.7) ? 'slack' : 'teams',
    createdAt,
    updatedAt:
      status === 'expired'
        ? at(addDaysTo(created, 15), rand)
        : filed && status !== 'filed'
          ? at(settled, rand)
          : decidedAt,
    ...(decided ? { decidedBy: approver, decidedAt } : {}),
    ...(status === 'rejected' ? { decisionNote: 'Not within the customer agreement' } : {}),
    ...(approved ? { approvedOn: decidedOn } : {}),
    ...(filed
      ? {
          supportRequestId: `${decidedOn.replaceAll('-', '').slice(2)}${String(1_000_000_000 + n)}`,
        }
      : {}),
    ...(status === 'failed'
      ? { failureReason: 'Azure support answered 503 Service Unavailable' }
      : {}),
    ...(status === 'refunded_by_microsoft' || status === 'credited_to_customer'
      ? { microsoftRefund: settlement(approver) }
      : {}),
    ...(status === 'credited_to_customer' ? { customerCredit: settlement(approver) } : {}),
    idempotencyKeys: [`V0HIST${n}`],
  };
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A store of `requests` decided requests over the tenant's reservations (two years of history,
 * in the order they were made) with their audit trails, valid per `storeStateSchema`.
 */
export const generateStore = (rand: Random, tenant: RawTenant, requests: number): StoreInput => {
  const names = new Map(tenant.customers.map((c) => [c.id, c.name]));
  const list = Array.from({ length: requests }, (_, n) => requestOf(rand, n, tenant, names)).sort(
    (a, b) => byText(a.createdAt, b.createdAt),
  );
  const audit = list.flatMap(trail).sort((a, b) => byText(a.at, b.at));
  return {
    schemaVersion: 1,
    requests: list,
    audit,
    sandbox: { tickets: [], scopes: [] },
    settings: { locales: {} },
  };
};
