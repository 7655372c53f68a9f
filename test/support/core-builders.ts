import type { CapEntry } from '../../src/quotes/cap.ts';
import type { Reservation } from '../../src/reservations/model.ts';
import { money } from '../../src/shared/money.ts';
import { date } from '../../src/shared/time.ts';

/** A domain reservation for core tests: Reservation A of refund-policy.md unless overridden. */
export const domainReservation = (overrides: Partial<Reservation> = {}): Reservation => ({
  id: 'a0000000-0000-4000-8000-00000000000a',
  orderId: 'b0000000-0000-4000-8000-00000000000b',
  customerId: 'contoso',
  displayName: 'VM_RI_D2s_weu',
  reservedResourceType: 'VirtualMachines',
  sku: 'Standard_D2s_v3',
  location: 'westeurope',
  quantity: 2,
  term: 'P1Y',
  billingPlan: 'Upfront',
  purchaseDate: date('2026-01-10'),
  price: money(240_000n, 'USD'),
  pricingPrice: money(240_000n, 'USD'),
  scope: { type: 'Shared', target: null },
  hasUsage: true,
  ...overrides,
});

/** A canceled commitment in the cap ledger; `amount` in USD as a decimal string. */
export const capEntry = (dateText: string, amount: string, customerId = 'contoso'): CapEntry => {
  const [whole = '0', fraction = ''] = amount.split('.');
  return {
    customerId,
    date: date(dateText),
    amount: money(BigInt(whole + fraction.padEnd(2, '0')), 'USD'),
    source: 'history',
  };
};
