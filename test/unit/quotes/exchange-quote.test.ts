import { describe, expect, it } from 'vitest';
import { quoteExchange } from '../../../src/quotes/exchange-quote.ts';
import { defaultPolicy } from '../../../src/quotes/policy.ts';
import { exchangeQuoteJson } from '../../../src/quotes/quote-json.ts';
import { money } from '../../../src/shared/money.ts';
import { date } from '../../../src/shared/time.ts';
import { domainReservation } from '../../support/core-builders.ts';

const exchange = (reservedResourceType: string, totalMinor: bigint, currency = 'USD') =>
  quoteExchange({
    reservation: domainReservation(),
    asOf: date('2026-07-10'),
    policy: defaultPolicy,
    newPurchase: { reservedResourceType, total: money(totalMinor, currency) },
  });

describe('exchange quotes', () => {
  it('credits the remaining value with no fee and asks at least that much of the new purchase', () => {
    const r = exchange('VirtualMachines', 500_000n);
    expect(r.ok && exchangeQuoteJson(r.value)).toMatchObject({
      credit: '1209.86',
      remainingCommitment: '1209.86',
      minimumNewTotal: '1209.86',
      netPayable: '3790.14',
    });
  });

  it('refuses another product family', () => {
    const r = exchange('CosmosDb', 500_000n);
    expect(r.ok ? 'quoted' : r.error.code).toBe('EXCHANGE_PRODUCT_FAMILY_MISMATCH');
  });

  it('matches product families without regard to case', () => {
    expect(exchange('virtualmachines', 500_000n).ok).toBe(true);
  });

  it('refuses a new total in another currency', () => {
    const r = exchange('VirtualMachines', 500_000n, 'EUR');
    expect(r.ok ? 'quoted' : r.error.code).toBe('CURRENCY_MISMATCH');
  });
});
