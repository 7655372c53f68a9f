// Every view of the reply model rendered with realistic data, for the catalog and channel tests.
import { commandNames } from '../../../src/chat/grammar.ts';
import type { Reply } from '../../../src/chat/reply.ts';
import { errorReply } from '../../../src/chat/views/error.ts';
import { translator } from '../../../src/chat/views/format.ts';
import { helpReply } from '../../../src/chat/views/help.ts';
import {
  exchangeBasisReply,
  exchangeQuoteReply,
  refundQuoteReply,
} from '../../../src/chat/views/quotes.ts';
import { requestCard } from '../../../src/chat/views/request-card.ts';
import { requestWithAudit } from '../../../src/chat/views/request-thread.ts';
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
  measured,
  refundRecord,
  requestsInEveryStatus,
  value,
  view,
} from './view-fixtures.ts';

export const t = translator('en-US');
export const locale = 'en-US';
export const policy = defaultPolicy;

export const refund = value(quoteRefund({ reservation: measured, asOf, policy, capEntries: [] }));
export const overCap = value(
  quoteRefund({
    reservation: measured,
    asOf,
    policy,
    capEntries: [capEntry('2026-03-01', '49500.00')],
  }),
);
export const neverFits = value(
  quoteRefund({
    reservation: { ...measured, price: money(10_000_000n, 'USD') },
    asOf,
    policy: { ...policy, refundCap: money(100n, 'USD') },
    capEntries: [],
  }),
);
export const basis = value(exchangeBasis({ reservation: measured, asOf, policy }));
export const exchange = value(
  quoteExchange({
    reservation: measured,
    asOf,
    policy,
    newPurchase: { reservedResourceType: 'VirtualMachines', total: money(300_000n, 'USD') },
  }),
);

/** Every reply the views can give, named, in one language: what each channel must draw. */
export const repliesFor = (locale: string): [string, Reply][] => {
  const t = translator(locale);
  return [
    ['help', helpReply(t)],
    ...commandNames.map((n): [string, Reply] => [`help ${n}`, helpReply(t, n)]),
    ['help for an unknown topic', helpReply(t, 'nonsense')],
    ['a measured reservation', reservationReply(view, t, locale)],
    ['an expired reservation without utilization', reservationReply(expiredView, t, locale)],
    ['a list', reservationsReply(contoso, [view, expiredView], t, locale)],
    ['an empty list', reservationsReply(contoso, [], t, locale)],
    ['a list cut for chat', reservationsReply(contoso, [view, expiredView], t, locale, 1)],
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
    ...errorCodes.map((c): [string, Reply] => [
      `error ${c}`,
      errorReply(domainError(c, {}), locale),
    ]),
  ];
};

export const everyReply: [string, Reply][] = repliesFor('en-US');
