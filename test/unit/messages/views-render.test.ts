import { describe, expect, it } from 'vitest';
import { commandNames } from '../../../src/chat/grammar.ts';
import { para, type Reply, reply } from '../../../src/chat/reply.ts';
import { helpReply } from '../../../src/chat/views/help.ts';
import { refundQuoteReply } from '../../../src/chat/views/quotes.ts';
import { reservationReply } from '../../../src/chat/views/reservation.ts';
import { supportRequestText } from '../../../src/messages/support-request.ts';
import {
  exchange,
  locale,
  overCap,
  policy,
  refund,
  everyReply as replies,
  t,
} from './every-reply.ts';
import {
  contoso,
  exchangeRecord,
  expiredView,
  leaks,
  refundRecord,
  stringsOf,
  view,
} from './view-fixtures.ts';

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
