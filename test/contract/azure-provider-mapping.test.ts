import type { ReservationOrderResponse } from '@azure/arm-reservations';
import { describe, expect, it } from 'vitest';
import { decimalText, moneyOfAmount } from '../../adapters/azure/mapping-money.ts';
import { commitmentOf } from '../../adapters/azure/mapping-price.ts';
import { customerOf, reservationOrderIdsOf } from '../../adapters/azure/partner-center.ts';
import { money } from '../../src/shared/money.ts';
import { partnerCenterExample } from '../support/fake-azure.ts';

describe('Azure amounts as exact money', () => {
  it('reads the JSON number through its decimal text', () => {
    expect(decimalText(20.72)).toBe('20.72');
    expect(decimalText(1e-7)).toBe('0.0000001');
    expect(decimalText(1.5e21)).toBe('1500000000000000000000');
    expect(moneyOfAmount(20.72, 'GBP')).toEqual(money(2072n, 'GBP'));
    expect(moneyOfAmount(50000, 'USD')).toEqual(money(5_000_000n, 'USD'));
    expect(moneyOfAmount(1200, 'JPY')).toEqual(money(1200n, 'JPY'));
    expect(moneyOfAmount(0.1 + 0.2, 'eur')).toEqual(money(30n, 'EUR'));
  });

  it('rounds half up to the minor unit only when Azure gives more digits', () => {
    expect(moneyOfAmount(24.915, 'USD')).toEqual(money(2492n, 'USD'));
    expect(moneyOfAmount(24.914, 'USD')).toEqual(money(2491n, 'USD'));
    expect(moneyOfAmount(1.2345, 'KWD')).toEqual(money(1235n, 'KWD'));
    expect(moneyOfAmount(-3.285, 'USD')).toEqual(money(-328n, 'USD'));
  });

  it('refuses a currency it does not know', () => {
    expect(() => moneyOfAmount(1, 'XYZ')).toThrow(/unknown currency/);
  });
});

describe('a reservation order as a lifetime commitment', () => {
  const order = (transactions: object[]): ReservationOrderResponse => ({
    name: 'order',
    originalQuantity: 3,
    planInformation: {
      pricingCurrencyTotal: { amount: 1200, currencyCode: 'USD' },
      transactions,
    },
  });
  const usd = (amount: number) => ({ amount, currencyCode: 'USD' });
  const gbp = (amount: number) => ({ amount, currencyCode: 'GBP' });

  it("is the quantity's share of the USD total, converted at the rate of charged payments", () => {
    const o = order([
      { status: 'Succeeded', billingCurrencyTotal: gbp(79.01), pricingCurrencyTotal: usd(100) },
      { status: 'Failed', billingCurrencyTotal: gbp(999), pricingCurrencyTotal: usd(100) },
      { status: 'Succeeded', billingCurrencyTotal: gbp(79.01), pricingCurrencyTotal: usd(100) },
      { status: 'Scheduled', pricingCurrencyTotal: usd(100) },
    ]);
    // 1200 USD × 1/3 = 400.00 USD; × 158.02/200 = 316.04 GBP.
    expect(commitmentOf(o, 1)).toEqual({
      price: money(31_604n, 'GBP'),
      pricingPrice: money(40_000n, 'USD'),
    });
  });

  it('stays in USD when the payments are in USD or there are none', () => {
    const o = order([
      { status: 'Succeeded', billingCurrencyTotal: usd(7), pricingCurrencyTotal: usd(7) },
    ]);
    expect(commitmentOf(o, 2)).toEqual({
      price: money(80_000n, 'USD'),
      pricingPrice: money(80_000n, 'USD'),
    });
    expect(commitmentOf(order([]), 3).price).toEqual(money(120_000n, 'USD'));
  });

  it('refuses an order without plan information', () => {
    expect(() => commitmentOf({ name: 'bare' }, 1)).toThrow(/bare has no planInformation/);
  });
});

describe('Partner Center answers', () => {
  it('finds the reservation orders in both entitlement shapes, nested ones too', () => {
    const order = 'ebf2e74b-630e-4a09-857d-a1f6c6351336';
    expect(
      reservationOrderIdsOf(partnerCenterExample('get-entitlements-all.response.json')),
    ).toEqual([order]);
    expect(
      reservationOrderIdsOf(partnerCenterExample('get-entitlements-vmri-2017.response.json')),
    ).toEqual([order, 'f6553a40-9d76-4e22-94b7-92d9f70f1980']);
    expect(
      reservationOrderIdsOf(
        partnerCenterExample('get-entitlements-software-showExpiry.response.json'),
      ),
    ).toEqual([]);
    const nested = {
      items: [
        {
          entitlementType: 'software',
          includedEntitlements: [
            {
              entitlementType: 'reservedinstance',
              entitledArtifacts: [
                { resourceId: `/providers/Microsoft.Capacity/reservationOrders/${order}` },
              ],
            },
          ],
        },
      ],
    };
    expect(reservationOrderIdsOf(nested)).toEqual([order]);
  });

  it('maps a customer without a company profile to its ID', () => {
    expect(customerOf({ id: 'c1' })).toEqual({ id: 'c1', name: 'c1', domain: '', tenantId: 'c1' });
    expect(customerOf({ companyProfile: {} })).toBeUndefined();
  });
});
