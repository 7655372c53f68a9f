import { describe, expect, it } from 'vitest';
import { commandNames } from '../../../src/chat/grammar.ts';
import { para, type Reply, reply } from '../../../src/chat/reply.ts';
import { errorReply } from '../../../src/chat/views/error.ts';
import { translator } from '../../../src/chat/views/format.ts';
import { helpReply } from '../../../src/chat/views/help.ts';
import {
  exchangeBasisReply,
  exchangeQuoteReply,
  refundQuoteReply,
} from '../../../src/chat/views/quotes.ts';
import { requestCard, requestWithAudit } from '../../../src/chat/views/request-card.ts';
import {
  capReply,
  customersReply,
  requestsReply,
  rolesReply,
} from '../../../src/chat/views/requests.ts';
import {
  accessReply,
  reservationReply,
  reservationsReply,
} from '../../../src/chat/views/reservation.ts';
import { supportRequestText } from '../../../src/messages/support-request.ts';
import { exchangeBasis, quoteExchange } from '../../../src/quotes/exchange-quote.ts';
import { defaultPolicy } from '../../../src/quotes/policy.ts';
import { quoteRefund } from '../../../src/quotes/refund-quote.ts';
import { domainError, errorCodes } from '../../../src/shared/errors.ts';
import { money } from '../../../src/shared/money.ts';
import { capEntry } from '../../support/core-builders.ts';
import {
  agents,
  asOf,
  audit,
  capEntries,
  capStatus,
  contoso,
  exchangeRecord,
  expiredView,
  leaks,
  measured,
  refundRecord,
  requestsInEveryStatus,
  stringsOf,
  value,
  view,
} from './view-fixtures.ts';

const t = translator('en-US');
const locale = 'en-US';
const policy = defaultPolicy;

const refund = value(quoteRefund({ reservation: measured, asOf, policy, capEntries: [] }));
const overCap = value(
  quoteRefund({
    reservation: measured,
    asOf,
    policy,
    capEntries: [capEntry('2026-03-01', '49500.00')],
  }),
);
const neverFits = value(
  quoteRefund({
    reservation: { ...measured, price: money(10_000_000n, 'USD') },
    asOf,
    policy: { ...policy, refundCap: money(100n, 'USD') },
    capEntries: [],
  }),
);
const basis = value(exchangeBasis({ reservation: measured, asOf, policy }));
const exchange = value(
  quoteExchange({
    reservation: measured,
    asOf,
    policy,
    newPurchase: { reservedResourceType: 'VirtualMachines', total: money(300_000n, 'USD') },
  }),
);

const replies: [string, Reply][] = [
  ['help', helpReply(t)],
  ...commandNames.map((n): [string, Reply] => [`help ${n}`, helpReply(t, n)]),
  ['help for an unknown topic', helpReply(t, 'nonsense')],
  ['a measured reservation', reservationReply(view, t, locale)],
  ['an expired reservation without utilization', reservationReply(expiredView, t, locale)],
  ['a list', reservationsReply(contoso, [view, expiredView], t, locale)],
  ['an empty list', reservationsReply(contoso, [], t, locale)],
  ['access', accessReply(view, t)],
  ['no access recorded', accessReply(expiredView, t)],
  ['a refund quote within the cap', refundQuoteReply(view, refund, policy, t, locale)],
  ['a refund quote over the cap', refundQuoteReply(view, overCap, policy, t, locale)],
  ['a refund that never fits', refundQuoteReply(view, neverFits, policy, t, locale)],
  ['an exchange basis', exchangeBasisReply(view, basis, t, locale)],
  ['an exchange quote', exchangeQuoteReply(view, exchange, t, locale)],
  ['requests', requestsReply([refundRecord(refund), exchangeRecord(exchange)], t, locale)],
  ['requests of a status', requestsReply([refundRecord(refund)], t, locale, 'filed')],
  ['no requests', requestsReply([], t, locale)],
  [
    'a filed request with its audit',
    requestWithAudit(refundRecord(refund), audit, t, locale, contoso.domain),
  ],
  ['an undecided request', requestWithAudit(exchangeRecord(exchange), [], t, locale)],
  ...requestsInEveryStatus(refundRecord(refund)).map((r): [string, Reply] => [
    `the card of a ${r.status} request`,
    requestCard(r, t, locale, contoso.domain),
  ]),
  ['a cap with entries', capReply(capStatus(capEntries), t, locale)],
  ['an empty cap', capReply(capStatus([]), t, locale)],
  ['customers', customersReply([{ customer: contoso, reservationCount: 2 }], t)],
  ['no customers', customersReply([], t)],
  ['roles', rolesReply(agents, t, (a) => a.roles.join(', '))],
  ...errorCodes.map((c): [string, Reply] => [`error ${c}`, errorReply(domainError(c, {}))]),
];

describe('views render from the catalog with every placeholder filled', () => {
  it.each(replies)('renders %s without {placeholders}, undefined, null or NaN', (_, r) => {
    expect(stringsOf(r).length).toBeGreaterThan(0);
    expect(leaks(r)).toEqual([]);
  });

  it('notices a placeholder left unfilled', () => {
    expect(leaks(reply(para(t('list.title', { customer: 'Contoso Ltd' }))))).toEqual([
      'Reservations of Contoso Ltd ({count})',
    ]);
  });

  it('shows every command in help, and one command when asked', () => {
    expect(stringsOf(helpReply(t)).filter((s) => s.startsWith('/reservation '))).toHaveLength(
      commandNames.length,
    );
    expect(stringsOf(helpReply(t, 'refund'))).toContain('/reservation refund VM_RI_D2s_weu 1');
  });

  it('offers no actions on an expired reservation', () => {
    expect(reservationReply(expiredView, t, locale).blocks.map((b) => b.type)).not.toContain(
      'actions',
    );
  });

  it('offers the refund request only when the quote fits the cap', () => {
    const kinds = (r: Reply) => r.blocks.map((b) => b.type);
    expect(kinds(refundQuoteReply(view, refund, policy, t, locale))).toContain('actions');
    expect(kinds(refundQuoteReply(view, overCap, policy, t, locale))).not.toContain('actions');
  });
});

describe('support request text', () => {
  it.each([
    ['a refund', refundRecord(refund)],
    ['an exchange', exchangeRecord(exchange)],
  ])('fills every placeholder for %s', (_, record) => {
    const { title, description } = supportRequestText(record, contoso.tenantId);
    expect(`${title}\n${description}`).not.toMatch(/\{\w+\}|\bundefined\b|\bNaN\b|\[object /);
    expect(description).toContain(record.reservationOrderId);
    expect(description).toContain(contoso.tenantId);
    expect(title.length).toBeLessThanOrEqual(200);
  });
});
