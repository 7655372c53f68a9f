import type { AuditEntry, RequestRecord } from '../../../src/approvals/model.ts';
import type { Block, Reply } from '../../../src/chat/reply.ts';
import type { CapStatus } from '../../../src/desk/ledger-and-requests.ts';
import { viewOf } from '../../../src/desk/queries.ts';
import type { ExchangeQuote } from '../../../src/quotes/exchange-quote.ts';
import { exchangeQuoteJson, refundQuoteJson } from '../../../src/quotes/quote-json.ts';
import type { RefundQuote } from '../../../src/quotes/refund-quote.ts';
import type { Agent, Customer } from '../../../src/reservations/model.ts';
import { money } from '../../../src/shared/money.ts';
import type { Result } from '../../../src/shared/result.ts';
import { date } from '../../../src/shared/time.ts';
import { domainReservation } from '../../support/core-builders.ts';

/** Every string a channel could show from a reply: texts, labels, values, cells, captions, URLs. */
export const stringsOf = (r: Reply): string[] => r.blocks.flatMap(stringsOfBlock);
const stringsOfBlock = (b: Block): string[] => {
  switch (b.type) {
    case 'header':
    case 'text':
      return [b.text];
    case 'fields':
      return b.fields.flatMap((f) => [f.label, f.value]);
    case 'table':
      return [...b.columns.map((c) => c.label), ...b.rows.flatMap((row) => Object.values(row))];
    case 'bar':
      return [b.label, b.caption, String(b.fraction)];
    case 'actions':
      return b.actions.flatMap((a) => [a.label, a.value, a.url ?? '']);
    case 'divider':
      return [];
  }
};

/** What must never reach a reader: an unfilled placeholder or a leaked JavaScript value. */
export const leaks = (r: Reply): string[] =>
  stringsOf(r).filter((s) => /\{\w+\}|\bundefined\b|\bNaN\b|\bnull\b|\[object /.test(s));

export const value = <T>(r: Result<T, { code: string }>): T => {
  if (!r.ok) throw new Error(`expected a value, got ${r.error.code}`);
  return r.value;
};

export const contoso: Customer = {
  id: 'contoso',
  name: 'Contoso Ltd',
  domain: 'contoso.onmicrosoft.com',
  tenantId: '11111111-1111-4111-8111-111111111111',
};

export const asOf = date('2026-07-10');
export const measured = domainReservation({
  utilization: { day1: 92.5, day7: 88, day30: 80.25, asOf: '2026-07-09T23:00:00.000Z' },
  access: [{ principal: 'ops@contoso.com', role: 'Owner', principalType: 'User' }],
});
/** No utilization, no access list, a Single scope: the optional parts all missing. */
export const bare = domainReservation({
  id: 'a2',
  displayName: 'SQL_MI_neu',
  utilization: { day30: 12 },
  scope: { type: 'Single', target: '/subscriptions/00000000-0000-4000-8000-000000000001' },
});
export const view = viewOf(measured, contoso, asOf);
export const expiredView = viewOf(bare, contoso, date('2027-03-01'));

const ana = { name: 'Ana Silva', email: 'ana@partner.example' };
const ben = { name: 'Ben Okafor', email: 'ben@partner.example' };

const base = {
  customerId: 'contoso',
  customerName: 'Contoso Ltd',
  reservationId: measured.id,
  reservationOrderId: measured.orderId,
  reservationName: measured.displayName,
  quantity: 1,
  reason: 'Workload moved to AKS',
  contact: {
    firstName: 'Ana',
    lastName: 'Silva',
    preferredContactMethod: 'email',
    email: ana.email,
    timeZone: 'W. Europe Standard Time',
    language: 'en-us',
    country: 'PRT',
  },
  quoteAsOf: asOf,
  requestedBy: ana,
  requestedVia: 'slack',
  createdAt: '2026-07-10T09:00:00.000Z',
  updatedAt: '2026-07-10T10:00:00.000Z',
  idempotencyKeys: [],
} as const satisfies Partial<RequestRecord>;

/** A refund Microsoft has the support request for: decided, filed, with a ticket. */
export const refundRecord = (q: RefundQuote): RequestRecord => ({
  ...base,
  id: 'RQ-0001',
  kind: 'refund',
  status: 'filed',
  quote: refundQuoteJson(q),
  decidedBy: ben,
  decidedAt: '2026-07-10T10:00:00.000Z',
  approvedOn: asOf,
  supportRequestId: '2607100010000001',
  idempotencyKeys: [],
});

/** An exchange nobody decided yet: no decider, no ticket. */
export const exchangeRecord = (q: ExchangeQuote): RequestRecord => ({
  ...base,
  id: 'RQ-0002',
  kind: 'exchange',
  status: 'pending_approval',
  quote: exchangeQuoteJson(q),
  newPurchase: { reservedResourceType: 'VirtualMachines', total: '3000.00', currency: 'USD' },
  failureReason: 'ARM answered 503 on the first try',
  idempotencyKeys: [],
});

const settlement = (reference: string) => ({
  amount: '1064.68',
  currency: 'USD',
  reference,
  recordedBy: ben,
  recordedAt: '2026-08-01T12:00:00.000Z',
});

/** The same request as it would stand in each status, with what that status records. */
export const requestsInEveryStatus = (filed: RequestRecord): RequestRecord[] => {
  const { decidedBy: _by, decidedAt: _at, supportRequestId: _ticket, ...pending } = filed;
  return [
    { ...pending, status: 'pending_approval' },
    { ...pending, status: 'expired' },
    { ...pending, status: 'rejected', decidedBy: ben, decisionNote: 'Customer changed their mind' },
    { ...pending, status: 'approved', decidedBy: ben, decidedAt: '2026-07-10T10:00:00.000Z' },
    { ...pending, status: 'failed', decidedBy: ben, failureReason: 'Azure support answered 429' },
    filed,
    { ...filed, status: 'refunded_by_microsoft', microsoftRefund: settlement('CN-4411') },
    {
      ...filed,
      status: 'credited_to_customer',
      microsoftRefund: settlement('CN-4411'),
      customerCredit: settlement('INV-2026-0042'),
    },
  ];
};

export const audit: AuditEntry[] = [
  { at: '2026-07-10T09:00:00.000Z', action: 'submitted', actor: ana, channel: 'slack' },
  { at: '2026-07-10T10:00:00.000Z', action: 'approved', actor: ben, channel: 'teams', note: 'ok' },
  { at: '2026-07-10T10:00:05.000Z', action: 'filed', actor: null, channel: 'system' },
];

export const capStatus = (entries: CapStatus['entries']): CapStatus => ({
  customer: contoso,
  asOf,
  limit: money(5_000_000n, 'USD'),
  used: money(120_986n, 'USD'),
  remaining: money(4_879_014n, 'USD'),
  windowInDays: 365,
  entries,
});

export const capEntries: CapStatus['entries'] = [
  {
    customerId: 'contoso',
    date: date('2026-03-01'),
    amount: money(100_000n, 'USD'),
    source: 'history',
    freesOn: date('2027-03-01'),
  },
  {
    customerId: 'contoso',
    date: date('2026-07-10'),
    amount: money(20_986n, 'USD'),
    source: 'bot',
    requestId: 'RQ-0001',
    freesOn: date('2027-07-10'),
  },
];

export const agents: Agent[] = [
  { name: ana.name, email: ana.email, roles: ['sales-agent'] },
  { name: ben.name, email: ben.email, roles: ['admin-agent', 'global-admin'] },
];
