import { describe, expect, it } from 'vitest';
import { findCustomer, findReservation } from '../../../src/desk/lookup.ts';
import type { Customer } from '../../../src/reservations/model.ts';
import { editDistance } from '../../../src/shared/suggest.ts';
import { domainReservation } from '../../support/core-builders.ts';

const customer = (id: string, name: string, domain: string, tenantId: string): Customer => ({
  id,
  name,
  domain,
  tenantId,
});
const contoso = customer(
  'contoso',
  'Contoso Ltd',
  'contoso.onmicrosoft.com',
  '11111111-1111-4111-8111-111111111111',
);
const fabrikam = customer(
  'fabrikam',
  'Fabrikam Inc',
  'fabrikam.onmicrosoft.com',
  '22222222-2222-4222-8222-222222222222',
);
const pharma = customer(
  'c0pharma',
  'Contoso Pharma',
  'contosopharma.onmicrosoft.com',
  '33333333-3333-4333-8333-333333333333',
);
const customers = [contoso, fabrikam, pharma];

const vmContoso = domainReservation();
const sqlContoso = domainReservation({ id: 'a2', displayName: 'SQL_MI_neu' });
const vmFabrikam = domainReservation({
  id: 'f1',
  orderId: 'order-f1',
  customerId: 'fabrikam',
  displayName: 'VM_RI_D2s_weu',
});
const cosmosFabrikam = domainReservation({
  id: 'f2',
  orderId: 'order-f2',
  customerId: 'fabrikam',
  displayName: 'Cosmos_DB_1y',
});
const reservations = [vmContoso, sqlContoso, vmFabrikam, cosmosFabrikam];

const customerId = (query: string) => {
  const r = findCustomer(customers, query);
  return r.ok ? r.value.id : r.error.code;
};
const reservationId = (query: string) => {
  const r = findReservation(reservations, customers, query);
  return r.ok ? r.value.id : r.error.code;
};
const refusal = (r: ReturnType<typeof findCustomer> | ReturnType<typeof findReservation>) => {
  if (r.ok) throw new Error(`expected a refusal, found ${r.value.id}`);
  return r.error;
};

describe('findCustomer', () => {
  it.each([
    ['its ID', 'fabrikam'],
    ['its tenant ID', '22222222-2222-4222-8222-222222222222'],
    ['its domain, in any case', 'Fabrikam.OnMicrosoft.com'],
    ['its name, in any case', 'FABRIKAM inc'],
    ['an unambiguous name prefix', 'fab'],
    ['its name with surrounding spaces', '  Fabrikam Inc '],
  ])('finds a customer by %s', (_, query) => {
    expect(customerId(query)).toBe('fabrikam');
  });

  it('prefers an exact name over a longer name it is a prefix of', () => {
    expect(customerId('contoso ltd')).toBe('contoso');
  });

  it('finds a customer by an unambiguous domain prefix', () => {
    expect(customerId('contosopharma')).toBe('c0pharma');
  });

  it('refuses a prefix shared by two customers, listing both', () => {
    const e = refusal(findCustomer(customers, 'conto'));
    expect(e.code).toBe('CUSTOMER_AMBIGUOUS');
    expect(e.details.matches).toEqual([
      'Contoso Ltd (contoso.onmicrosoft.com)',
      'Contoso Pharma (contosopharma.onmicrosoft.com)',
    ]);
    expect(e.message).toContain('Contoso Pharma (contosopharma.onmicrosoft.com)');
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('Contsoo Ltd', 'Contoso Ltd')).toBe(1);
  });

  it.each([
    ['Contsoo Ltd', 'Contoso Ltd'],
    ['Fabrikma Inc', 'Fabrikam Inc'],
    ['fabrikam.onmicrosfot.com', 'fabrikam.onmicrosoft.com'],
  ])('refuses the typo %j and suggests %j', (query, suggestion) => {
    const e = refusal(findCustomer(customers, query));
    expect(e.code).toBe('CUSTOMER_NOT_FOUND');
    expect(e.details.suggestions).toContain(suggestion);
    expect(e.message).toContain(`Did you mean "${suggestion}"`);
  });

  it('refuses a name close to no customer without suggestions', () => {
    const e = refusal(findCustomer(customers, 'Northwind Traders'));
    expect(e.code).toBe('CUSTOMER_NOT_FOUND');
    expect(e.details).toEqual({ query: 'Northwind Traders', suggestions: [] });
  });
});

describe('findReservation', () => {
  it('finds a reservation by its ID, in any case', () => {
    expect(reservationId('A0000000-0000-4000-8000-00000000000A')).toBe(vmContoso.id);
  });

  it('finds a reservation by its full ARM ID', () => {
    const arm = '/providers/Microsoft.Capacity/reservationOrders/order-f2/reservations/f2';
    expect(reservationId(arm)).toBe('f2');
    expect(reservationId(`/subscriptions/s1${arm}/`)).toBe('f2');
  });

  it('finds the only reservation of an order by the order ID', () => {
    expect(reservationId('ORDER-F2')).toBe('f2');
  });

  it('refuses an order ID that holds several reservations, listing them', () => {
    const e = refusal(findReservation(reservations, customers, vmContoso.orderId));
    expect(e.code).toBe('RESERVATION_AMBIGUOUS');
    expect(e.details.matches).toEqual([
      `VM_RI_D2s_weu of Contoso Ltd (${vmContoso.id})`,
      'SQL_MI_neu of Contoso Ltd (a2)',
    ]);
  });

  it('finds a reservation by a display name only one customer uses, in any case', () => {
    expect(reservationId('cosmos_db_1y')).toBe('f2');
  });

  it('refuses a display name two customers share, naming each customer', () => {
    const e = refusal(findReservation(reservations, customers, 'VM_RI_D2s_weu'));
    expect(e.code).toBe('RESERVATION_AMBIGUOUS');
    expect(e.details.matches).toEqual([
      `VM_RI_D2s_weu of Contoso Ltd (${vmContoso.id})`,
      'VM_RI_D2s_weu of Fabrikam Inc (f1)',
    ]);
    expect(e.message).toContain('Use the reservation ID or order ID');
  });

  it.each([
    ['fabrikam/VM_RI_D2s_weu', 'f1'],
    ['Fabrikam Inc/vm_ri_d2s_weu', 'f1'],
    ['contoso.onmicrosoft.com/VM_RI_D2s_weu', vmContoso.id],
    ['contoso ltd/VM_RI_D2s_weu', vmContoso.id],
  ])('resolves the shared display name qualified as %j', (query, id) => {
    expect(reservationId(query)).toBe(id);
  });

  it('refuses a qualified name the customer does not have', () => {
    expect(reservationId('contoso ltd/Cosmos_DB_1y')).toBe('RESERVATION_NOT_FOUND');
  });

  it.each([
    ['Cosmso_DB_1y', 'Cosmos_DB_1y'],
    ['SQL_MI_nue', 'SQL_MI_neu'],
    ['fabrikam/Cosmso_DB_1y', 'Cosmos_DB_1y'],
  ])('refuses the typo %j and suggests %j', (query, suggestion) => {
    const e = refusal(findReservation(reservations, customers, query));
    expect(e.code).toBe('RESERVATION_NOT_FOUND');
    expect(e.details.suggestions).toEqual([suggestion]);
  });

  it('suggests only names of the qualifying customer', () => {
    const e = refusal(findReservation(reservations, customers, 'contoso ltd/Cosmso_DB_1y'));
    expect(e.details.suggestions).toEqual([]);
  });

  it('refuses an ARM ID of an unknown reservation', () => {
    const arm = '/providers/Microsoft.Capacity/reservationOrders/o9/reservations/r9';
    const e = refusal(findReservation(reservations, customers, arm));
    expect(e.code).toBe('RESERVATION_NOT_FOUND');
    expect(e.details.query).toBe(arm);
  });

  it('refuses an ARM ID whose order does not hold the reservation', () => {
    const arm = '/providers/Microsoft.Capacity/reservationOrders/order-f1/reservations/f2';
    expect(reservationId(arm)).toBe('RESERVATION_NOT_FOUND');
  });

  it('finds the only reservation of an order by the order ARM ID', () => {
    expect(reservationId('/providers/Microsoft.Capacity/reservationOrders/order-f2')).toBe('f2');
  });

  it('says the customer part is ambiguous when it names two customers', () => {
    const e = refusal(findReservation(reservations, customers, 'conto/VM_RI_D2s_weu'));
    expect(e.code).toBe('CUSTOMER_AMBIGUOUS');
  });
});

describe('findCustomer on short forms', () => {
  it('suggests the short form people type when they mistype it', () => {
    expect(refusal(findCustomer(customers, 'fabrikma')).details.suggestions).toContain('Fabrikam');
  });

  it('refuses an empty name rather than picking someone', () => {
    expect(customerId('  ')).toBe('CUSTOMER_NOT_FOUND');
  });
});
