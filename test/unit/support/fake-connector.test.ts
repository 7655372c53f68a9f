import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Request as BotRequest,
  type Response as BotResponse,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  type TurnContext,
} from 'botbuilder';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeConnector, startFakeConnector } from '../../support/fake-connector.ts';
import {
  adaptiveCardInvoke,
  channelConversation,
  fetchTask,
  message,
  postActivity,
  type TeamsConversation,
  teamsTenant,
  teamsUser,
} from '../../support/teams-activities.ts';

const ana = teamsUser('Ana Silva', '11111111-1111-4111-8111-111111111111');

/** Replies to messages, updates its reply, and answers card actions with an updated card. */
class EchoBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text.endsWith('who am i')) {
        const member = await TeamsInfo.getMember(context, context.activity.from.id);
        await context.sendActivity(`you are ${member.email ?? '?'}`);
      } else if (text.endsWith('new thread')) {
        // Without a (any) bot app ID, CloudAdapter has no createConnectorClient: TypeError.
        const { channelId, botAppId } = teamsTenant;
        // It wants a whole Activity; MessageFactory builds a Partial<Activity>.
        const post = MessageFactory.text('a new post') as Activity;
        const [, id] = await TeamsInfo.sendMessageToTeamsChannel(
          context,
          post,
          channelId,
          botAppId,
        );
        await context.sendActivity(`started ${id}`);
      } else {
        const sent = await context.sendActivity(`echo: ${text}`);
        if (text.endsWith('update') && sent?.id !== undefined) {
          await context.updateActivity({ id: sent.id, type: 'message', text: 'updated' });
        }
      }
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    _context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: value.action.verb }],
    };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

// What `CloudAdapter.process(req, res, logic)` needs (botbuilder 4.23.3, cloudAdapter.js):
// req: `method` ('POST', else 405), `body` already parsed to a plain object (else 400 with a
//   hint about body-parser middleware), `headers.authorization` (a string or absent).
// res: `status(code)`, `send(body)` — called only when there is a body, with an object (invoke
//   and expectReplies) or a string (error message) — then `end()`; `header()` must exist but is
//   never called; `socket` is in the TypeScript type only. `send` must not end the response.
const toBotRequest = (req: IncomingMessage, body: Record<string, unknown>): BotRequest => ({
  method: req.method ?? 'POST',
  headers: req.headers,
  body,
});

const toBotResponse = (res: ServerResponse): BotResponse => ({
  socket: res.socket,
  status: (code: number) => {
    res.statusCode = code;
  },
  header: (name: string, value: unknown) => res.setHeader(name, String(value)),
  send: (body: unknown) => {
    const json = typeof body === 'object';
    res.setHeader('content-type', json ? 'application/json' : 'text/plain; charset=utf-8');
    res.write(json ? JSON.stringify(body) : String(body));
  },
  end: () => res.end(),
});

const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
};

describe('fake Bot Framework Connector, driven by botbuilder CloudAdapter', () => {
  // Empty MicrosoftAppId: no inbound token check and no outbound token.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  let server: Server;
  let botUrl: string;
  let fake: FakeConnector;

  beforeAll(async () => {
    server = createServer((req, res) => {
      readJson(req)
        .then((body) =>
          adapter.process(toBotRequest(req, body), toBotResponse(res), (ctx) => bot.run(ctx)),
        )
        .catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(async () => {
    fake = await startFakeConnector();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fake.close();
  });
  const say = (text: string, extra: { conversation?: TeamsConversation } = {}) =>
    message({ text, user: ana, serviceUrl: fake.serviceUrl, ...extra });

  it('records a reply to a channel message with the conversation id decoded', async () => {
    const conversation = channelConversation();
    const activity = say('hello', { conversation });
    const response = await postActivity(botUrl, activity);
    expect(response).toEqual({ status: 200, body: '' });
    const [reply] = fake.calls('replyToActivity');
    expect(reply).toMatchObject({
      method: 'POST',
      conversationId: '19:abc@thread.tacv2;messageid=1732790000000',
      activityId: activity.id,
      body: {
        type: 'message',
        text: 'echo: <at>Reservation Desk</at> hello',
        replyToId: activity.id,
      },
    });
    expect(reply?.path).toBe(
      `/v3/conversations/${encodeURIComponent(conversation.id)}/activities/${activity.id}`,
    );
    expect(reply).not.toHaveProperty('authorization');
  });

  it('records an update as a PUT of the activity id the reply got', async () => {
    const updated = fake.waitFor('updateActivity');
    await postActivity(botUrl, say('please update'));
    const [update] = await updated;
    const replyId = '1732790500001';
    expect(update).toMatchObject({
      method: 'PUT',
      activityId: replyId,
      body: { id: replyId, text: 'updated' },
    });
    expect(fake.calls().map((c) => c.operation)).toEqual(['replyToActivity', 'updateActivity']);
  });

  it('puts expectReplies replies in the HTTP response and calls no connector', async () => {
    const activity = message({
      text: 'hi',
      user: ana,
      serviceUrl: fake.serviceUrl,
      deliveryMode: 'expectReplies',
    });
    const response = await postActivity(botUrl, activity);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ activities: [{ type: 'message', text: 'echo: hi' }] });
    expect(fake.calls()).toEqual([]);
  });

  it('answers an adaptiveCard/action invoke with the whole invoke response as the body', async () => {
    const invoke = adaptiveCardInvoke({
      verb: 'approve',
      data: { approvalId: 'AP-1' },
      user: ana,
      serviceUrl: fake.serviceUrl,
      replyToId: '1732790400000',
    });
    const response = await postActivity(botUrl, invoke, { authorization: 'Bearer ignored' });
    expect(response).toMatchObject({
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: { version: '1.5' },
      },
    });
  });

  it('answers 501 to an invoke the handler does not override', async () => {
    const invoke = fetchTask({ commandId: 'refund', user: ana, serviceUrl: fake.serviceUrl });
    expect(await postActivity(botUrl, invoke)).toEqual({ status: 501, body: '' });
  });

  it('answers member look-ups from `members`, by the team id in a channel', async () => {
    fake.members.set(ana.id, { ...ana, email: 'ana@partner.example' });
    await postActivity(botUrl, say('who am i', { conversation: channelConversation() }));
    const [lookup, reply] = fake.calls();
    expect(lookup).toMatchObject({
      operation: 'getConversationMember',
      conversationId: teamsTenant.teamId,
      memberId: ana.id,
    });
    expect(reply?.body).toMatchObject({ text: 'you are ana@partner.example' });
  });

  it('starts a channel thread with createConversation, answering the thread id', async () => {
    await postActivity(botUrl, say('new thread'));
    const [create, reply] = fake.calls();
    expect(create).toMatchObject({
      operation: 'createConversation',
      path: '/v3/conversations',
      body: {
        isGroup: true,
        channelData: { channel: { id: teamsTenant.channelId } },
        activity: { type: 'message', text: 'a new post' },
      },
    });
    // botbuilder hands back the new conversation id, not the post's activity id.
    expect(reply?.body).toMatchObject({
      text: 'started 19:abc@thread.tacv2;messageid=1732790500001',
    });
  });

  it('fails the next matching call once with the status it was given', async () => {
    // CloudAdapter.process logs the turn's error with console.error and answers 500 + message.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    fake.failNext('replyToActivity', 403);
    const failed = await postActivity(botUrl, say('hello'));
    const again = await postActivity(botUrl, say('hello'));
    expect(failed).toEqual({ status: 500, body: 'failNext' });
    expect(logged).toHaveBeenCalledOnce();
    expect(again.status).toBe(200);
    expect(fake.calls('replyToActivity')).toHaveLength(2);
  });

  it('rejects waitFor on timeout, listing the calls it saw', async () => {
    await postActivity(botUrl, say('hello'));
    await expect(fake.waitFor('updateActivity', 1, { timeoutInMs: 50 })).rejects.toThrow(
      /timed out after 50 ms; calls seen \(1\): POST \/v3\/conversations\/a%3A1/,
    );
  });
});
