import type { z } from 'zod';
import type { tenantDataSchema } from '../../src/reservations/data-schema.ts';
import { addYears, decimal, type Random } from './random.ts';

export type RawTenant = z.input<typeof tenantDataSchema>;
type RawReservation = RawTenant['reservations'][number];

export interface TenantShape {
  readonly customers: number;
  readonly reservations: number;
  /** Reservations of the first customer, the big one. */
  readonly bigCustomerReservations: number;
  readonly refundHistory: number;
}

export interface GeneratedTenant {
  readonly file: RawTenant;
  readonly bigCustomer: {
    readonly name: string;
    readonly domain: string;
    /** One of its active reservations, to quote. */
    readonly reservation: string;
  };
  /** Active reservations, one per customer from the second on: quote and approval targets. */
  readonly targets: readonly { readonly displayName: string; readonly customerId: string }[];
  readonly requester: string;
  readonly approver: string;
}

/** "Today" of the scale tenant: reservations bought up to the day before are active. */
export const scaleNow = '2026-11-28T12:00:00Z';

const products = [
  { type: 'VirtualMachines', sku: 'Standard_D2s_v3', short: 'VM_D2s', unit: [300, 1400] },
  { type: 'VirtualMachines', sku: 'Standard_D4s_v5', short: 'VM_D4s', unit: [600, 2800] },
  { type: 'VirtualMachines', sku: 'Standard_E16s_v5', short: 'VM_E16', unit: [2500, 9000] },
  { type: 'VirtualMachines', sku: 'Standard_B2ms', short: 'VM_B2ms', unit: [150, 700] },
  { type: 'SqlDatabases', sku: 'SQLDB_GP_Gen5_8', short: 'SQLDB_GP', unit: [4000, 12000] },
  { type: 'AppService', sku: 'P1v3', short: 'AppSvc_P1v3', unit: [700, 2000] },
  { type: 'RedisCache', sku: 'Premium_P1', short: 'Redis_P1', unit: [1500, 4000] },
  { type: 'CosmosDb', sku: 'Cosmos_100RU', short: 'Cosmos', unit: [400, 1500] },
] as const;
const locations = [
  'westeurope',
  'northeurope',
  'eastus2',
  'uksouth',
  'germanywestcentral',
  'japaneast',
];
const words = [
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Litware',
  'Adatum',
  'Woodgrove',
  'Proseware',
  'Alpine',
];

const agents: RawTenant['agents'] = [
  {
    name: 'Ana Silva',
    email: 'ana.silva@partner.example',
    slackUserId: 'U04ANA7SILV',
    roles: ['admin-agent'],
  },
  {
    name: 'Ben Okafor',
    email: 'ben.okafor@partner.example',
    slackUserId: 'U04BEN2OKAF',
    roles: ['global-admin'],
  },
  {
    name: 'Dev Patel',
    email: 'dev.patel@partner.example',
    slackUserId: 'U05DEV8PATL',
    roles: ['sales-agent'],
  },
  { name: 'Chloé Martin', email: 'chloe.martin@partner.example', roles: ['helpdesk-agent'] },
];

const reservationOf = (rand: Random, customerId: string, n: number): RawReservation => {
  const p = rand.pick(products);
  const location = rand.pick(locations);
  const quantity = rand.int(1, 20);
  const term = rand.chance(0.7) ? 'P1Y' : 'P3Y';
  const years = term === 'P1Y' ? 1 : 3;
  // About one in twenty has expired already; the rest run past "today".
  const purchaseDate = rand.chance(0.05)
    ? rand.date(addYears('2024-12-01', 1 - years), addYears('2025-11-27', 1 - years))
    : rand.date(addYears('2025-11-29', 1 - years), '2026-11-27');
  const scope = rand.next();
  const subscription = `/subscriptions/${rand.guid()}`;
  return {
    id: rand.guid(),
    orderId: rand.guid(),
    customerId,
    displayName: `${p.short}_${location.slice(0, 6)}_${String(n).padStart(5, '0')}`,
    reservedResourceType: p.type,
    sku: p.sku,
    location,
    quantity,
    term,
    billingPlan: rand.chance(0.8) ? 'Upfront' : 'Monthly',
    purchaseDate,
    expiryDate: addYears(purchaseDate, years),
    price: {
      amount: decimal(quantity * years * rand.int(p.unit[0], p.unit[1]) * 100),
      currency: 'USD',
    },
    appliedScopeType: scope < 0.6 ? 'Shared' : scope < 0.9 ? 'Single' : 'ResourceGroup',
    appliedScope:
      scope < 0.6
        ? null
        : scope < 0.9
          ? subscription
          : `${subscription}/resourceGroups/rg-app-${n}`,
    hasUsage: rand.chance(0.9),
    utilization: { '1': rand.int(40, 100), '7': rand.int(40, 100), '30': rand.int(40, 100) },
    utilizationAsOf: '2026-11-28T06:00:00Z',
    ...(rand.chance(0.5)
      ? {
          access: [{ principal: `ops${n}@customer.example`, role: 'Owner', principalType: 'User' }],
        }
      : {}),
  };
};

/**
 * A tenant of `customers` customers and `reservations` reservations, the first customer holding
 * `bigCustomerReservations` of them and the rest spread evenly; valid per the data schema.
 */
export const generateTenant = (rand: Random, shape: TenantShape): GeneratedTenant => {
  const customers = Array.from({ length: shape.customers }, (_, i) => {
    const id = rand.guid();
    return i === 0
      ? { id, name: 'Northwind Traders', domain: 'northwind.onmicrosoft.com', tenantId: id }
      : {
          id,
          name: `${rand.pick(words)} ${String(i).padStart(4, '0')} Ltd`,
          domain: `customer${i}.onmicrosoft.com`,
          tenantId: id,
        };
  });
  const reservations: RawReservation[] = [];
  const big = customers[0];
  if (big === undefined) throw new Error('a tenant needs a customer');
  for (let n = 0; n < shape.reservations; n += 1) {
    const owner =
      n < shape.bigCustomerReservations
        ? big
        : customers[1 + ((n - shape.bigCustomerReservations) % (customers.length - 1))];
    if (owner === undefined) throw new Error('unreachable: no owner');
    reservations.push(reservationOf(rand, owner.id, n));
  }
  const refundHistory = Array.from({ length: shape.refundHistory }, () => ({
    customerId: rand.pick(customers).id,
    date: rand.date('2024-01-01', '2026-11-20'),
    amount: decimal(rand.int(100, 6000) * 100),
  }));
  const firstActive = new Map<string, RawReservation>();
  // Active for a while yet, and one unit small enough to fit any customer's remaining cap.
  const fits = (r: RawReservation) =>
    (r.expiryDate ?? '') > '2027-01-01' && Number(r.price.amount) / r.quantity <= 3000;
  for (const r of reservations)
    if (!firstActive.has(r.customerId) && fits(r)) firstActive.set(r.customerId, r);
  const targets = customers.slice(1).flatMap((c) => {
    const r = firstActive.get(c.id);
    return r === undefined ? [] : [{ displayName: r.displayName, customerId: c.id }];
  });
  return {
    file: { customers, reservations, refundHistory, agents },
    bigCustomer: {
      name: big.name,
      domain: big.domain,
      reservation: firstActive.get(big.id)?.displayName ?? '',
    },
    targets,
    requester: 'dev.patel@partner.example',
    approver: 'ana.silva@partner.example',
  };
};
