import { z } from 'zod';
import { parseMoney } from '../shared/money.ts';
import {
  type Agent,
  type Customer,
  partnerRoles,
  type RefundHistoryEntry,
  type Reservation,
} from './model.ts';
import { calendarDate, reservation } from './reservation-schema.ts';

/**
 * The sandbox data file of interfaces.md (customers, reservations, earlier refunds, agents), turned
 * into domain values. Every problem is reported with its path, all at once.
 */
const customer = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  domain: z.string().min(1),
  tenantId: z.string().min(1),
});

const refund = z
  .object({ customerId: z.string().min(1), date: calendarDate, amount: z.string() })
  .transform((e, ctx): RefundHistoryEntry => {
    const m = parseMoney(e.amount, 'USD');
    if (!m.ok) ctx.addIssue({ code: 'custom', path: ['amount'], message: m.error.message });
    return {
      customerId: e.customerId,
      date: e.date,
      amount: m.ok ? m.value : { minor: 0n, currency: 'USD' },
    };
  });

const agent = z
  .object({
    name: z.string().min(1),
    email: z.string().email(),
    slackUserId: z.string().min(1).optional(),
    teamsUserId: z.string().min(1).optional(),
    roles: z.array(z.enum(partnerRoles)).min(1),
  })
  .transform(
    (a): Agent => ({
      name: a.name,
      email: a.email,
      roles: a.roles,
      ...(a.slackUserId === undefined ? {} : { slackUserId: a.slackUserId }),
      ...(a.teamsUserId === undefined ? {} : { teamsUserId: a.teamsUserId }),
    }),
  );

export interface TenantData {
  readonly customers: readonly Customer[];
  readonly reservations: readonly Reservation[];
  readonly refundHistory: readonly RefundHistoryEntry[];
  readonly agents: readonly Agent[];
}

export const tenantDataSchema = z
  .object({
    customers: z.array(customer),
    reservations: z.array(reservation),
    refundHistory: z.array(refund).default([]),
    agents: z.array(agent).default([]),
  })
  .superRefine(
    (d, ctx) => {
      const customerIds = new Set(d.customers.map((c) => c.id));
      const seen = new Set<string>();
      d.reservations.forEach((r, i) => {
        if (!customerIds.has(r.customerId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['reservations', i, 'customerId'],
            message: `no customer has id "${r.customerId}"`,
          });
        }
        if (seen.has(r.id))
          ctx.addIssue({
            code: 'custom',
            path: ['reservations', i, 'id'],
            message: `duplicate reservation id "${r.id}"`,
          });
        seen.add(r.id);
      });
      d.refundHistory.forEach((e, i) => {
        if (!customerIds.has(e.customerId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['refundHistory', i, 'customerId'],
            message: `no customer has id "${e.customerId}"`,
          });
        }
      });
    },
    // Zod skips a refinement once any field failed; these checks need only the IDs, so they run
    // whenever those are readable, and a file's dangling references show with its other problems.
    { when: (payload) => referencesReadable(payload.value) },
  );

const idsOf = z.object({
  customers: z.array(z.object({ id: z.string() })),
  reservations: z.array(z.object({ id: z.string(), customerId: z.string() })),
  refundHistory: z.array(z.object({ customerId: z.string() })).optional(),
});
const referencesReadable = (value: unknown): boolean => idsOf.safeParse(value).success;

/** One line per problem: "reservations[3].price.amount: …". */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? '(file)'
    : path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join('');
