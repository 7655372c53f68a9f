import { z } from 'zod';
import { isKnownCurrency, type Money, parseMoney } from '../shared/money.ts';
import { type CalendarDate, parseDate } from '../shared/time.ts';
import { billingPlans, type Reservation, scopeTypes, terms } from './model.ts';

/**
 * One reservation of the sandbox data file. Each check is placed where zod still runs it when a
 * sibling field is bad (field level, or a refinement that reads the raw entry), so a broken entry
 * shows all its problems at once.
 */
export const calendarDate = z.string().transform((text, ctx): CalendarDate => {
  const r = parseDate(text);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message });
  return text as CalendarDate;
});

const amount = z
  .object({
    amount: z.string({ error: 'expected a decimal string such as "2400.00"' }),
    currency: z
      .string()
      .refine(isKnownCurrency, { error: 'expected an ISO 4217 currency code such as "USD"' }),
  })
  .superRefine((v, ctx) => {
    const m = parseMoney(v.amount, v.currency);
    if (!m.ok) ctx.addIssue({ code: 'custom', path: ['amount'], message: m.error.message });
    else if (m.value.minor < 0n)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'must not be negative' });
  });

/** Valid by the time the transform runs: the schema refused anything else. */
const moneyOf = (v: { amount: string; currency: string }): Money => {
  const m = parseMoney(v.amount, v.currency);
  if (!m.ok) throw new Error(`unreachable: ${m.error.message}`);
  return m.value;
};

const percent = z.number().min(0).max(100);

/** Checks across fields, on the raw entry so they run whatever else is wrong with it. */
const crossFieldProblems = (raw: unknown, ctx: z.RefinementCtx): void => {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const price = r.price as { currency?: unknown } | undefined;
  const pricing = r.pricingPrice as { currency?: unknown } | undefined;
  if (pricing !== undefined && pricing?.currency !== 'USD') {
    ctx.addIssue({
      code: 'custom',
      path: ['pricingPrice', 'currency'],
      message: 'the pricing price is in USD',
    });
  } else if (
    pricing === undefined &&
    typeof price?.currency === 'string' &&
    price.currency !== 'USD'
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['pricingPrice'],
      message:
        'required when price is not in USD (the refund cap is counted in USD); add the USD lifetime total',
    });
  }
  const [purchase, expiry] = [r.purchaseDate, r.expiryDate];
  if (
    typeof purchase === 'string' &&
    typeof expiry === 'string' &&
    parseDate(purchase).ok &&
    parseDate(expiry).ok &&
    expiry <= purchase
  ) {
    ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'must be after purchaseDate' });
  }
  if (
    typeof r.appliedScopeType === 'string' &&
    r.appliedScopeType !== 'Shared' &&
    !r.appliedScope
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['appliedScope'],
      message: `required for scope ${r.appliedScopeType}`,
    });
  }
};

const fields = z.object({
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
});

const toDomain = (r: z.infer<typeof fields>): Reservation => {
  const price = moneyOf(r.price);
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
    pricingPrice: r.pricingPrice === undefined ? price : moneyOf(r.pricingPrice),
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
};

export const reservation = fields
  .superRefine((r, ctx) => crossFieldProblems(r, ctx), { when: () => true })
  .transform(toDomain);
