import { afterEach, describe, expect, it } from 'vitest';
import { showDecimal } from '../../../src/chat/views/format.ts';
import { expectValidCard } from '../../support/adaptive-cards.ts';
import { contact } from '../../support/desk-harness.ts';
import { en, englishIn, isChinese, zh } from '../../support/languages.ts';
import {
  adaptiveCardInvoke,
  channelConversation,
  fetchTask,
  message,
  submitAction,
  type TeamsUser,
} from '../../support/teams-activities.ts';
import {
  activityCard,
  cardText,
  openTeams,
  people,
  type TeamsHarness,
  taskCard,
} from '../../support/teams-harness.ts';

let h: TeamsHarness;
afterEach(async () => h?.close());

const form = (extra: Record<string, string> = {}) => ({
  reservation: 'VM_RI_D2s_weu',
  quantity: '1',
  reason: '客户迁移到节省计划',
  ...contact,
  country: 'CHN',
  ...extra,
});

const titleOf = (body: unknown) =>
  (body as { task: { value: { title: string } } }).task.value.title;

const submit = (user: TeamsUser, locale: string, data: Record<string, unknown>) =>
  h.send(
    submitAction({
      commandId: 'refund',
      user,
      serviceUrl: h.connector.serviceUrl,
      locale,
      data,
    }),
  );

describe('Teams answers each person in their language', () => {
  it('runs the refund flow in Chinese for a zh-CN client, and keeps the shared card Chinese when an English approver decides', async () => {
    h = await openTeams();
    const serviceUrl = h.connector.serviceUrl;
    const opened = await h.send(
      fetchTask({ commandId: 'refund', user: people.dev, serviceUrl, locale: 'zh-CN' }),
    );
    expect(titleOf(opened.body)).toBe(zh('slack.refundTitle'));
    const empty = taskCard(opened.body);
    expectValidCard(empty);
    for (const label of ['form.reservation', 'teams.updateQuote', 'slack.requestApproval'] as const)
      expect(cardText(empty)).toContain(zh(label));
    expect(englishIn(empty)).toEqual([]);

    // The live quote: Chinese labels, money formatted for zh-CN.
    const quoted = taskCard((await submit(people.dev, 'zh-CN', { ...form(), step: 'quote' })).body);
    expect(cardText(quoted)).toContain(showDecimal('604.93', 'USD', 'zh-CN'));
    expect(cardText(quoted)).toContain(zh('label.refund'));
    expect(englishIn(quoted)).toEqual([]);

    // A bad field comes back in Chinese.
    const bad = taskCard(
      (await submit(people.dev, 'zh-CN', { ...form({ email: 'dev-at-partner' }), step: 'submit' }))
        .body,
    );
    expect(cardText(bad)).not.toContain('the email is not a valid address');
    expect(englishIn(bad)).toEqual([]);

    // Submitted: the approval card in the requester's language.
    await submit(people.dev, 'zh-CN', { ...form(), step: 'submit' });
    const [posted] = await h.connector.waitFor('replyToActivity');
    const approval = activityCard(posted?.body);
    expectValidCard(approval);
    expect(cardText(approval)).toContain(zh('card.pending'));
    expect(englishIn(approval)).toEqual([]);
    const approve = approval.actions?.find((a) => a.verb === 'approve');
    expect(approve?.title).toBe(zh('action.approve'));

    const invoke = (user: TeamsUser, locale: string) =>
      h.send(
        adaptiveCardInvoke({
          verb: 'approve',
          data: { ...approve?.data },
          user,
          serviceUrl,
          locale,
          replyToId: '1732790500001',
          conversation: channelConversation('1732790500001'),
        }),
      );
    // The requester's refusal is Chinese; an English approver's decision keeps the card Chinese.
    const refused = await invoke(people.dev, 'zh-CN');
    expect(refused.status).toBe(400);
    expect(isChinese((refused.body as { value: { message: string } }).value.message)).toBe(true);
    const approved = await invoke(people.ana, 'en-US');
    expect(approved.status).toBe(200);
    const updated = (approved.body as { value: unknown }).value;
    const request = await h.desk.request(String(approve?.data?.value));
    expect(request?.status).toBe('filed');
    expect(cardText(updated)).toContain(
      zh('card.filed', { by: 'Ana Silva', ticket: request?.supportRequestId ?? '?' }),
    );
    expect(englishIn(updated)).toEqual([]);
    await h.connector.waitFor('replyToActivity', 2);
    const followUp = activityCard(h.connector.calls('replyToActivity')[1]?.body);
    expect(cardText(followUp)).toContain(zh('label.supportRequest'));
    expect(englishIn(followUp)).toEqual([]);
  });

  it('lets "language zh-CN" beat an English Teams client, for that person only', async () => {
    h = await openTeams();
    const serviceUrl = h.connector.serviceUrl;
    await h.send(message({ text: 'language zh-CN', user: people.dev, serviceUrl }));
    const [answer] = await h.connector.waitFor('replyToActivity');
    expect(cardText(answer?.body)).toContain(
      zh('language.set', { language: zh('language.name.zh-CN') }),
    );
    const mine = await h.send(fetchTask({ commandId: 'refund', user: people.dev, serviceUrl }));
    expect(titleOf(mine.body)).toBe(zh('slack.refundTitle'));
    expect(englishIn(taskCard(mine.body))).toEqual([]);

    const hers = await h.send(fetchTask({ commandId: 'refund', user: people.ana, serviceUrl }));
    expect(titleOf(hers.body)).toBe(en('slack.refundTitle'));
    expect(englishIn(taskCard(hers.body)).length).toBeGreaterThan(0);
  });

  it('answers a turn that failed inside the bot in the language of the Teams client, and logs it', async () => {
    h = await openTeams({
      serveDesk: (desk) => ({
        ...desk,
        identify: () => Promise.reject(new Error('the directory is unreadable')),
      }),
    });
    const serviceUrl = h.connector.serviceUrl;

    await h.send(message({ text: 'list contoso', user: people.dev, serviceUrl, locale: 'zh-CN' }));
    await h.send(message({ text: 'list contoso', user: people.ana, serviceUrl, locale: 'en-US' }));

    const replies = await h.connector.waitFor('replyToActivity', 2);
    expect(replies.map((c) => (c.body as { text?: string }).text)).toEqual([
      zh('teams.turnFailed'),
      en('teams.turnFailed'),
    ]);
    const failed = h.logs.filter((l) => l.includes('"teams_turn_failed"'));
    expect(failed).toHaveLength(2);
    expect(failed[0]).toContain('the directory is unreadable');
  });
});
