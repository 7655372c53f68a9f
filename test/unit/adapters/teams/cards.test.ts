import { describe, expect, it } from 'vitest';
import { approvalCard, followUpCard } from '../../../../adapters/teams/approval-cards.ts';
import { toCard } from '../../../../adapters/teams/cards.ts';
import { formCard } from '../../../../adapters/teams/forms.ts';
import { contactDraft } from '../../../../src/approvals/contact.ts';
import { speechIn } from '../../../../src/chat/views/format.ts';
import { refundQuoteReply } from '../../../../src/chat/views/quotes.ts';
import { supportedLocales } from '../../../../src/messages/catalog.ts';
import { defaultPolicy } from '../../../../src/quotes/policy.ts';
import { validateCard } from '../../../support/adaptive-cards.ts';
import { openDesk } from '../../../support/desk-harness.ts';
import { everyReply, refund, t } from '../../messages/every-reply.ts';
import { refundRecord, requestsInEveryStatus, view } from '../../messages/view-fixtures.ts';

// Every card the Teams bot can send, validated by the adaptivecards package itself.
describe('Adaptive Cards the bot sends', () => {
  it.each(everyReply)('draws %s as a valid Adaptive Card 1.5', (_, reply) => {
    expect(validateCard(toCard(reply))).toEqual([]);
  });

  it.each(['refund', 'exchange'] as const)(
    'builds a valid %s form, with problems shown at their fields',
    (kind) => {
      const card = formCard({
        kind,
        values: { reservation: 'VM_RI_D2s_weu', quantity: '1' },
        contact: contactDraft({ name: 'Dev Patel', email: 'dev@partner.example' }),
        quote: refundQuoteReply(view, refund, defaultPolicy, t, 'en-US'),
        problems: { email: 'the email is not a valid address', form: 'Something else' },
        t,
      });
      expect(validateCard(card)).toEqual([]);
      expect(JSON.stringify(card)).toContain('the email is not a valid address');
    },
  );

  it.each(supportedLocales)(
    'builds valid approval and follow-up cards in %s for a request in every status',
    async (locale) => {
      const h = await openDesk();
      const speech = speechIn(locale);
      try {
        for (const r of requestsInEveryStatus(refundRecord(refund))) {
          const approval = await approvalCard(h.desk, r, speech);
          expect(validateCard(approval), r.status).toEqual([]);
          expect(validateCard(await followUpCard(h.desk, r, speech)), r.status).toEqual([]);
          // The card's actions carry its language back, so an update keeps it.
          for (const a of approval.actions ?? [])
            if (a.type === 'Action.Execute') expect(a.data).toMatchObject({ locale });
        }
      } finally {
        await h.close();
      }
    },
  );

  it('gives decision buttons Action.Execute with an Action.Submit fallback', () => {
    const card = toCard(
      everyReply.find(([name]) => name === 'the card of a pending_approval request')?.[1] ?? {
        blocks: [],
      },
    );
    const approve = card.actions?.find((a) => a.verb === 'approve');
    expect(approve).toMatchObject({
      type: 'Action.Execute',
      fallback: { type: 'Action.Submit', data: { verb: 'approve' } },
    });
  });
});
