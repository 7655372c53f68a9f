import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTenantData, type TenantData } from '../../../../adapters/sandbox/load-tenant.ts';
import type { CapEntry } from '../../../../src/quotes/cap.ts';
import { quoteExchange } from '../../../../src/quotes/exchange-quote.ts';
import { defaultPolicy } from '../../../../src/quotes/policy.ts';
import { exchangeQuoteJson, refundQuoteJson } from '../../../../src/quotes/quote-json.ts';
import { quoteRefund } from '../../../../src/quotes/refund-quote.ts';
import { partnerRoles, type Reservation } from '../../../../src/reservations/model.ts';
import { money } from '../../../../src/shared/money.ts';
import { date, daysBetween } from '../../../../src/shared/time.ts';

const demoPath = fileURLToPath(new URL('../../../../data/demo-tenant.json', import.meta.url));
const today = date('2026-11-28');

let demo: TenantData;
beforeAll(async () => {
  demo = await loadTenantData(demoPath);
});

const named = (displayName: string): Reservation => {
  const found = demo.reservations.filter((r) => r.displayName === displayName);
  expect(found).toHaveLength(1);
  return found[0] as Reservation;
};
const customerNamed = (name: string) => demo.customers.find((c) => c.name === name);

const refundJson = (r: Reservation, asOf: string) => {
  const capEntries: CapEntry[] = demo.refundHistory
    .filter((e) => e.customerId === r.customerId)
    .map((e) => ({ ...e, source: 'history' }));
  const q = quoteRefund({ reservation: r, asOf: date(asOf), policy: defaultPolicy, capEntries });
  if (!q.ok) throw new Error(q.error.message);
  return refundQuoteJson(q.value);
};

describe('the demo tenant (data/demo-tenant.json)', () => {
  it('loads cleanly and covers plans, terms, scopes, usage and the 5-day window', () => {
    expect(demo.customers.length).toBeGreaterThanOrEqual(3);
    expect(demo.reservations.length).toBeGreaterThanOrEqual(14);
    const values = <K extends keyof Reservation>(key: K) =>
      new Set(demo.reservations.map((r) => r[key]));
    expect(values('billingPlan')).toEqual(new Set(['Upfront', 'Monthly']));
    expect(values('term')).toEqual(new Set(['P1Y', 'P3Y', 'P5Y']));
    expect(new Set(demo.reservations.map((r) => r.scope.type))).toEqual(
      new Set(['Shared', 'Single', 'ResourceGroup', 'ManagementGroup']),
    );
    expect(new Set(demo.reservations.map((r) => r.price.currency))).toEqual(
      new Set(['USD', 'EUR', 'JPY']),
    );
    const held = demo.reservations.map((r) => daysBetween(r.purchaseDate, today));
    expect(held.some((d) => d >= 0 && d <= defaultPolicy.graceDays)).toBe(true);
    expect(held.some((d) => d > defaultPolicy.graceDays)).toBe(true);
    expect(demo.reservations.some((r) => r.access !== undefined)).toBe(true);
  });

  it('has agents in all five roles, with Slack and Teams IDs and at least two approvers', () => {
    expect(new Set(demo.agents.flatMap((a) => a.roles))).toEqual(new Set(partnerRoles));
    for (const a of demo.agents) {
      expect(a.slackUserId).toMatch(/^U0[A-Z0-9]+$/);
      expect(a.teamsUserId).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/);
      expect(a.email).toMatch(/@partner\.example$/);
    }
    const approvers = demo.agents.filter((a) =>
      a.roles.some((r) => r === 'admin-agent' || r === 'global-admin'),
    );
    expect(approvers.length).toBeGreaterThanOrEqual(2);
  });

  it('holds Contoso’s reservations A (used and unused twin) and B of the refund policy', () => {
    const contoso = customerNamed('Contoso Ltd');
    expect(contoso?.domain).toBe('contoso.onmicrosoft.com');
    const a = {
      customerId: contoso?.id,
      reservedResourceType: 'VirtualMachines',
      billingPlan: 'Upfront',
      term: 'P1Y',
      purchaseDate: '2026-01-10',
      expiryDate: '2027-01-10',
      quantity: 2,
      price: money(240_000n, 'USD'),
    };
    expect(named('VM_RI_D2s_weu')).toMatchObject({ ...a, hasUsage: true });
    expect(named('VM_RI_D2s_weu_spare')).toMatchObject({
      ...a,
      hasUsage: false,
      utilization: { day1: 0, day7: 0, day30: 0 },
    });
    expect(named('SQL_MI_monthly_neu')).toMatchObject({
      customerId: contoso?.id,
      reservedResourceType: 'SqlDatabases',
      billingPlan: 'Monthly',
      term: 'P3Y',
      purchaseDate: '2026-01-10',
      expiryDate: '2029-01-10',
      quantity: 2,
      price: money(360_000n, 'USD'),
      hasUsage: true,
    });
  });

  it('reproduces the worked examples of the refund policy', () => {
    const a = named('VM_RI_D2s_weu');
    const spare = named('VM_RI_D2s_weu_spare');
    const rows = [
      [a, '2026-01-14', 'prorated', '2373.70', '0.00', '2373.70'],
      [spare, '2026-01-15', 'full', '2400.00', '0.00', '2400.00'],
      [spare, '2026-01-16', 'prorated', '2360.55', '283.27', '2077.28'],
      [a, '2026-07-10', 'prorated', '1209.86', '145.18', '1064.68'],
    ] as const;
    for (const [r, asOf, creditBasis, credit, earlyTerminationFee, refund] of rows) {
      expect(refundJson(r, asOf)).toMatchObject({
        creditBasis,
        credit,
        earlyTerminationFee,
        refund,
      });
    }
    const b = named('SQL_MI_monthly_neu');
    expect(refundJson(b, '2027-07-10')).toMatchObject({
      credit: '6.57',
      earlyTerminationFee: '0.79',
      refund: '5.78',
      capCounted: '1806.57',
    });
    const exchange = (total: bigint) =>
      quoteExchange({
        reservation: b,
        asOf: date('2027-07-10'),
        policy: defaultPolicy,
        newPurchase: { reservedResourceType: 'SqlDatabases', total: money(total, 'USD') },
      });
    const accepted = exchange(180_000n);
    expect(accepted.ok && exchangeQuoteJson(accepted.value)).toMatchObject({
      minimumNewTotal: '1800.00',
      netPayable: '1793.43',
    });
    expect(exchange(179_999n)).toMatchObject({
      ok: false,
      error: { code: 'EXCHANGE_BELOW_REMAINING_COMMITMENT' },
    });
  });

  it('has Fabrikam close to the refund cap, so the big refund is refused until 2026-12-01', () => {
    const fabrikam = customerNamed('Fabrikam Inc');
    expect(named('VM_RI_E16_big')).toMatchObject({
      customerId: fabrikam?.id,
      billingPlan: 'Upfront',
      term: 'P1Y',
      purchaseDate: '2026-01-10',
      expiryDate: '2027-01-10',
      quantity: 10,
      price: money(2_400_000n, 'USD'),
      hasUsage: true,
    });
    expect(refundJson(named('VM_RI_E16_big'), '2026-07-10')).toMatchObject({
      credit: '12098.63',
      capUsed: '49000.00',
      capRemaining: '1000.00',
      exceedsCap: true,
      maxQuantityWithinCap: 0,
      capAvailableOn: '2026-12-01',
    });
  });

  it('prices every non-USD reservation in USD as well, for the cap', () => {
    const foreign = demo.reservations.filter((r) => r.price.currency !== 'USD');
    expect(foreign.length).toBeGreaterThanOrEqual(2);
    for (const r of foreign) expect(r.pricingPrice.currency).toBe('USD');
  });
});
