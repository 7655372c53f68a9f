import { z } from 'zod';
import { isKnownCurrency, type Money, parseMoney } from '../shared/money.ts';
import { type CalendarDate, parseDate } from '../shared/time.ts';
import {
  type Agent,
  billingPlans,
  type Customer,
  partnerRoles,
  type RefundHistoryEntry,
  type Reservation,
  scopeTypes,
  terms,
} from './model.ts';

/**
 * The sandbox data file of interfaces.md (customers, reservations, earlier refunds, agents), turned
 * into domain values. Every problem is reported with its path, all at once.
 */
const calendarDate = z.string().transform((text, ctx): CalendarDate => {
  const r = parseDate(text);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message });
  return text as CalendarDate;
});

const amount = z.object({
  amount: z.string({ error: 'expected a decimal string such as "2400.00"' }),
  currency: z
    .string()
    .refine(isKnownCurrency, { error: 'expected an ISO 4217 currency code such as "USD"' }),
});

const toMoney = (value: z.infer<typeof amount>, ctx: z.RefinementCtx, path: string): Money => {
  const r = parseMoney(value.amount, value.currency);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', path: [path, 'amount'], message: r.error.message });
    return { minor: 0n, currency: value.currency };
  }
  if (r.value.minor < 0n)
    ctx.addIssue({ code: 'custom', path: [path, 'amount'], message: 'must not be negative' });
  return r.value;
};

const percent = z.number().min(0).max(100);

const reservation = z
  .object({
    id: z.string().min(1),
    orderId: z.string().min(1),
    customerId: z.string().min(1),
    displayName: z.string().min(1),
    reservedResourceType: z.string().min(1),
    sku: z.string().min(1),
    location: z.string().min(1),
    quantity: z.number().int().positive(),
    term: z.enum(terms),
    billingPlan: z.enum(billingPlans),
    purchaseDate: calendarDate,
    expiryDate: calendarDate.optional(),
    price: amount,
    pricingPrice: amount.optional(),
    appliedScopeType: z.enum(scopeTypes),
    appliedScope: z.string().nullable().optional(),
    hasUsage: z.boolean().optional(),
    utilization: z
      .object({ '1': percent.optional(), '7': percent.optional(), '30': percent.optional() })
      .optional(),
    utilizationAsOf: z.iso.datetime({ offset: true }).optional(),
    access: z
      .array(
        z.object({ principal: z.string(), role: z.string(), principalType: z.string().optional() }),
      )
      .optional(),
  })
  .transform((r, ctx): Reservation => {
    const price = toMoney(r.price, ctx, 'price');
    let pricingPrice = price;
    if (r.pricingPrice !== undefined) {
      pricingPrice = toMoney(r.pricingPrice, ctx, 'pricingPrice');
      if (r.pricingPrice.currency !== 'USD') {
        ctx.addIssue({
          code: 'custom',
          path: ['pricingPrice', 'currency'],
          message: 'the pricing price is in USD',
        });
      }
    } else if (r.price.currency !== 'USD') {
      ctx.addIssue({
        code: 'custom',
        path: ['pricingPrice'],
        message: `required when price is not in USD (the refund cap is counted in USD); add the USD lifetime total`,
      });
    }
    if (r.expiryDate !== undefined && r.expiryDate <= r.purchaseDate) {
      ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'must be after purchaseDate' });
    }
    if (r.appliedScopeType !== 'Shared' && !r.appliedScope) {
      ctx.addIssue({
        code: 'custom',
        path: ['appliedScope'],
        message: `required for scope ${r.appliedScopeType}`,
      });
    }
    const u = r.utilization;
    return {
      id: r.id,
      orderId: r.orderId,
      customerId: r.customerId,
      displayName: r.displayName,
      reservedResourceType: r.reservedResourceType,
      sku: r.sku,
      location: r.location,
      quantity: r.quantity,
      term: r.term,
      billingPlan: r.billingPlan,
      purchaseDate: r.purchaseDate,
      ...(r.expiryDate === undefined ? {} : { expiryDate: r.expiryDate }),
      price,
      pricingPrice,
      scope: { type: r.appliedScopeType, target: r.appliedScope ?? null },
      ...(r.hasUsage === undefined ? {} : { hasUsage: r.hasUsage }),
      ...(u === undefined
        ? {}
        : {
            utilization: {
              ...(u['1'] === undefined ? {} : { day1: u['1'] }),
              ...(u['7'] === undefined ? {} : { day7: u['7'] }),
              ...(u['30'] === undefined ? {} : { day30: u['30'] }),
              ...(r.utilizationAsOf === undefined ? {} : { asOf: r.utilizationAsOf }),
            },
          }),
      ...(r.access === undefined
        ? {}
        : {
            access: r.access.map((a) => ({
              principal: a.principal,
              role: a.role,
              ...(a.principalType === undefined ? {} : { principalType: a.principalType }),
            })),
          }),
    };
  });

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
