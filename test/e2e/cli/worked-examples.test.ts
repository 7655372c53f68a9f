import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliRun,
  type CliSandbox,
  cliSandbox,
  exchangeQuoteKeys,
  exists,
  fabrikam,
  jsonOf,
  refundQuoteKeys,
} from '../../support/cli.ts';
import { customer, refund, reservation, tenantFile } from '../../support/tenant-builders.ts';

// Every worked example of refund-policy.md, through the CLI a partner runs, to the cent.

const usedA = reservation({ displayName: 'VM_RI_D2s_weu' });
const unusedA = reservation({
  displayName: 'VM_RI_D2s_weu_spare',
  hasUsage: false,
  utilization: { '1': 0, '7': 0, '30': 0 },
});
const monthlyB = reservation({
  displayName: 'SQL_MI_monthly_neu',
  reservedResourceType: 'SqlDatabases',
  sku: 'SQLMI_GP_Compute_Gen5',
  location: 'northeurope',
  term: 'P3Y',
  billingPlan: 'Monthly',
  expiryDate: '2029-01-10',
  price: { amount: '3600.00', currency: 'USD' },
});
const bigOne = reservation({
  displayName: 'VM_RI_E16_big',
  customerId: fabrikam.id,
  sku: 'Standard_E16s_v5',
  quantity: 10,
  price: { amount: '24000.00', currency: 'USD' },
});
const data = tenantFile({
  customers: [customer(), fabrikam],
  reservations: [usedA, unusedA, monthlyB, bigOne],
  refundHistory: [
    refund({ customerId: fabrikam.id, date: '2025-12-01', amount: '30000.00' }),
    refund({ customerId: fabrikam.id, date: '2026-03-01', amount: '19000.00' }),
  ],
});

/** A refund quote of Reservation A (Q 2, 365-day term, no earlier refunds): one table row. */
const quoteOfA = (
  id: string,
  [held, used, basis, credit, fee, refund]: [number, boolean, string, string, string, string],
) => ({
  reservationId: id,
  quantity: 2,
  currency: 'USD',
  daysSincePurchase: held,
  remainingDays: 365 - held,
  termDays: 365,
  hasUsage: used,
  creditBasis: basis,
  credit,
  earlyTerminationFee: fee,
  refund,
  capLimit: '50000.00',
  capCounted: credit,
  capUsed: '0.00',
  capRemaining: '50000.00',
  exceedsCap: false,
});

// Reservations are named by ID (A used), display name (A unused, the cap case) and order ID (B).
const refundCases = [
  {
    example: 'A used, 2026-01-14: prorated 361/365 inside the grace window, no fee',
    args: ['quote', 'refund', usedA.id, '--as-of', '2026-01-14', '--json'],
    expected: quoteOfA(usedA.id, [4, true, 'prorated', '2373.70', '0.00', '2373.70']),
  },
  {
    example: 'A used, 2026-07-10: prorated 184/365 with the 12% fee',
    args: ['quote', 'refund', usedA.id, '--as-of', '2026-07-10', '--json'],
    expected: quoteOfA(usedA.id, [181, true, 'prorated', '1209.86', '145.18', '1064.68']),
  },
  {
    example: 'A unused, 2026-01-15: the full 2400.00 on day 5 of the grace window',
    args: ['quote', 'refund', 'VM_RI_D2s_weu_spare', '--as-of', '2026-01-15', '--json'],
    expected: quoteOfA(unusedA.id, [5, false, 'full', '2400.00', '0.00', '2400.00']),
  },
  {
    example: 'A unused, 2026-01-16: prorated 359/365 with the fee once the window has closed',
    args: ['quote', 'refund', 'VM_RI_D2s_weu_spare', '--as-of', '2026-01-16', '--json'],
    expected: quoteOfA(unusedA.id, [6, false, 'prorated', '2360.55', '283.27', '2077.28']),
  },
  {
    example: 'B monthly, 2027-07-10: remaining value less future payments, cap counts 1806.57',
    args: ['quote', 'refund', monthlyB.orderId, '--as-of', '2027-07-10', '--json'],
    expected: {
      reservationId: monthlyB.id,
      quantity: 2,
      currency: 'USD',
      daysSincePurchase: 546,
      remainingDays: 550,
      termDays: 1096,
      hasUsage: true,
      creditBasis: 'prorated',
      credit: '6.57',
      earlyTerminationFee: '0.79',
      refund: '5.78',
      capLimit: '50000.00',
      capCounted: '1806.57',
      capUsed: '0.00',
      capRemaining: '50000.00',
      exceedsCap: false,
    },
  },
  {
    example: 'the cap case: 12098.63 exceeds the 1000.00 left, frees on 2026-12-01',
    args: ['quote', 'refund', 'VM_RI_E16_big', '--as-of', '2026-07-10', '--json'],
    expected: {
      reservationId: bigOne.id,
      quantity: 10,
      currency: 'USD',
      daysSincePurchase: 181,
      remainingDays: 184,
      termDays: 365,
      hasUsage: true,
      creditBasis: 'prorated',
      credit: '12098.63',
      earlyTerminationFee: '1451.84',
      refund: '10646.79',
      capLimit: '50000.00',
      capCounted: '12098.63',
      capUsed: '49000.00',
      capRemaining: '1000.00',
      exceedsCap: true,
      maxQuantityWithinCap: 0,
      capAvailableOn: '2026-12-01',
    },
  },
];

const exchangeB = ['quote', 'exchange', monthlyB.orderId, '--as-of', '2027-07-10', '--json'];
const exchangeOk = [...exchangeB, '--new-total', '1800.00'];
const exchangeLow = [...exchangeB, '--new-total', '1799.99'];

let sandbox: CliSandbox;
const runs = new Map<string, CliRun>();
const ran = (args: readonly string[]): CliRun => {
  const run = runs.get(args.join(' '));
  if (run === undefined) throw new Error(`not run: ${args.join(' ')}`);
  return run;
};

beforeAll(async () => {
  sandbox = await cliSandbox(data);
  const all = [...refundCases.map((c) => c.args), exchangeOk, exchangeLow];
  const results = await Promise.all(all.map((args) => sandbox.run(...args)));
  all.forEach((args, i) => {
    runs.set(args.join(' '), results[i] as CliRun);
  });
}, 60_000);
afterAll(() => sandbox.remove());

describe('quote refund --json reproduces every worked example of refund-policy.md', () => {
  it.each(refundCases)('$example', ({ args, expected }) => {
    const run = ran(args);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const quote = jsonOf(run) as Record<string, unknown>;
    expect(quote).toEqual(expected);
    const keys = expected.exceedsCap
      ? [...refundQuoteKeys, 'maxQuantityWithinCap', 'capAvailableOn']
      : refundQuoteKeys;
    expect(Object.keys(quote)).toEqual(keys);
  });
});

describe('quote exchange --json on Reservation B (as of 2027-07-10)', () => {
  it('accepts a new total of exactly the 1800.00 remaining commitment and asks 1793.43 more', () => {
    const run = ran(exchangeOk);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const quote = jsonOf(run) as Record<string, unknown>;
    expect(quote).toEqual({
      reservationId: monthlyB.id,
      quantity: 2,
      currency: 'USD',
      credit: '6.57',
      remainingCommitment: '1800.00',
      minimumNewTotal: '1800.00',
      newTotal: '1800.00',
      netPayable: '1793.43',
    });
    expect(Object.keys(quote)).toEqual(exchangeQuoteKeys);
  });

  it('refuses 1799.99 with EXCHANGE_BELOW_REMAINING_COMMITMENT naming the minimum, exit 1', () => {
    const run = ran(exchangeLow);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    const body = jsonOf(run) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['code', 'message']);
    expect(body.error.code).toBe('EXCHANGE_BELOW_REMAINING_COMMITMENT');
    expect(body.error.message).toContain('1800.00');
  });
});

describe('the store file', () => {
  it('is never created by the CLI, which only reads it', async () => {
    expect(runs.size).toBe(refundCases.length + 2);
    expect(await exists(sandbox.storePath)).toBe(false);
  });
});
