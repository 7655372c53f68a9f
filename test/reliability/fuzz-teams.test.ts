import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsRequest } from '../support/chat-requests.ts';
import { contact } from '../support/desk-harness.ts';
import { anyValue, hostileString, mutated } from '../support/mutations.ts';
import {
  adaptiveCardInvoke,
  channelConversation,
  fetchTask,
  message,
  query,
  submitAction,
  taskFetch,
} from '../support/teams-activities.ts';
import { openTeams, people, type TeamsHarness } from '../support/teams-harness.ts';

// Random activities POSTed to /api/messages (authentication off, as in development): JSON of any
// shape, activity-shaped objects with random fields, and mutations of valid activities. Never a
// 5xx, no failed turn, and the bot still answers afterwards.

let h: TeamsHarness;
let valid: unknown[];
beforeAll(async () => {
  h = await openTeams();
  const { approve } = await teamsRequest(h, { user: people.dev, reservation: 'VM_RI_D2s_weu' });
  const serviceUrl = h.connector.serviceUrl;
  const thread = channelConversation('1732790500001');
  valid = [
    message({ text: 'show VM_RI_D2s_weu', user: people.dev, serviceUrl }),
    adaptiveCardInvoke({
      verb: 'reject',
      data: { ...approve, rejectReason: 'no' },
      user: people.ana,
      serviceUrl,
      replyToId: '1732790500001',
      conversation: thread,
    }),
    submitAction({
      commandId: 'refund',
      user: people.dev,
      serviceUrl,
      data: {
        reservation: 'VM_RI_D2s_weu',
        quantity: '1',
        reason: 'r',
        ...contact,
        country: 'GBR',
        step: 'submit',
      },
    }),
    fetchTask({ commandId: 'exchange', user: people.dev, serviceUrl }),
    taskFetch({ data: { kind: 'refund', value: 'VM_RI_D2s_weu' }, user: people.dev, serviceUrl }),
    query({ commandId: 'findReservation', query: 'contoso', user: people.dev, serviceUrl }),
  ];
});
afterAll(async () => h?.close());

const runs = { numRuns: 60 };

/** Posts raw text as an activity; the property is that the answer is never a 5xx. */
const noServerError = async (body: string) => {
  const r = await fetch(h.messagesUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
  const text = await r.text();
  expect(r.status, `${r.status} ${text.slice(0, 200)} for ${body.slice(0, 300)}`).toBeLessThan(500);
};

const invokeNames = [
  'adaptiveCard/action',
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'composeExtension/query',
  'composeExtension/queryLink',
  'task/fetch',
  'task/submit',
  'signin/verifyState',
  'config/fetch',
];

describe('the Teams endpoint under random activities', () => {
  it('answers JSON of any shape without a 5xx', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      hostileString,
    );
    await fc.assert(fc.asyncProperty(body, noServerError), runs);
  });

  it('answers activities with random types, names and values without a 5xx', async () => {
    const activity = fc
      .record(
        {
          type: fc.oneof(
            fc.constantFrom('message', 'invoke', 'conversationUpdate', 'event', 'typing'),
            hostileString,
          ),
          name: fc.oneof(fc.constantFrom(...invokeNames), hostileString),
          value: anyValue,
          text: hostileString,
          from: fc.oneof(fc.constant(people.ana), fc.constant(people.stranger), anyValue),
          conversation: fc.oneof(fc.constant(channelConversation()), anyValue),
          channelData: anyValue,
          replyToId: hostileString,
        },
        { requiredKeys: ['type'] },
      )
      .map((a) => ({
        ...a,
        serviceUrl: h.connector.serviceUrl,
        channelId: 'msteams',
        id: 'f:1',
        recipient: { id: '28:bot' },
      }));
    await fc.assert(
      fc.asyncProperty(activity, (a) => noServerError(JSON.stringify(a))),
      runs,
    );
  });

  it('answers mutations of valid activities without a 5xx', async () => {
    // The service URL stays the fake connector's: replies to anywhere else are not this test's subject.
    const activity = fc
      .constantFrom(...valid)
      .chain(mutated)
      .map((a) =>
        typeof a === 'object' && a !== null && !Array.isArray(a)
          ? { ...a, serviceUrl: h.connector.serviceUrl }
          : a,
      );
    await fc.assert(
      fc.asyncProperty(activity, (a) => noServerError(JSON.stringify(a))),
      { numRuns: 150 },
    );
  });

  it('is still healthy afterwards, and no turn failed', async () => {
    expect((await fetch(`${h.messagesUrl.replace('/api/messages', '')}/healthz`)).status).toBe(200);
    const r = await h.send(
      message({ text: 'help', user: people.dev, serviceUrl: h.connector.serviceUrl }),
    );
    expect(r.status).toBe(200);
    const failures = h.logs.filter((l) => /"level":"error"/.test(l));
    expect(failures, failures.slice(0, 3).join('\n')).toEqual([]);
  });
});
