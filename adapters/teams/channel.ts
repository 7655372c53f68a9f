import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Request,
  type Response,
} from 'botbuilder';
import { z } from 'zod';
import type { Desk } from '../../src/desk/index.ts';
import { text as catalogText } from '../../src/messages/catalog.ts';
import type { Route } from '../http/server.ts';
import { createSeal, deriveKey, processKey } from '../slack/seal.ts';
import type { TeamsConfig } from '../system/config.ts';
import type { Logger } from '../system/logger.ts';
import { DeskTeamsBot } from './bot.ts';

const text = (max: number) => z.string().max(max).optional();
const account = z.looseObject({
  id: z.string().max(500),
  name: text(500),
  aadObjectId: text(100),
  role: text(64),
});

/**
 * The least an activity must be before the Bot Framework sees it: who sent it, to whom, in which
 * conversation (Teams always says; botbuilder dereferences all three when it answers), and every
 * field botbuilder copies into its answer of the type the connector's serializer insists on.
 */
const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: text(200),
  name: text(200),
  serviceUrl: z.url().optional(),
  channelId: text(64),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    // It travels in a header (x-ms-conversation-id) and a URL path: visible ASCII only.
    id: z.string().regex(/^[\x21-\x7e]{1,2000}$/, 'not a conversation ID'),
    name: text(500),
    conversationType: text(64),
    tenantId: text(100),
    isGroup: z.boolean().optional(),
  }),
  replyToId: text(200),
  locale: text(64),
  text: text(100_000),
  textFormat: text(64),
  timestamp: text(64),
  localTimestamp: text(64),
  localTimezone: text(100),
  deliveryMode: text(64),
  entities: z.array(z.looseObject({ type: z.string().max(200) })).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(200) })).optional(),
  channelData: z.looseObject({}).optional(),
});

/** botbuilder's response, written to Node's: status, headers, and a JSON or text body once. */
const botResponse = (res: ServerResponse): Response => {
  let status = 200;
  const headers: Record<string, string> = {};
  const write = (body?: unknown) => {
    if (res.headersSent) return;
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    if (body !== undefined && typeof body !== 'string')
      headers['Content-Type'] ??= 'application/json';
    res.writeHead(status, headers);
    res.end(text);
  };
  return {
    socket: res.socket,
    status: (code: number) => {
      status = code;
    },
    header: (name: string, value: unknown) => {
      headers[name] = String(value);
    },
    send: (body?: unknown) => write(body),
    end: () => write(),
  };
};

export interface TeamsChannel {
  readonly route: Route;
}

/**
 * Teams at `POST /api/messages`: a CloudAdapter checking Bot Framework tokens for the configured app
 * (with no app ID and TEAMS_ALLOW_UNAUTHENTICATED=true it checks none: development and tests only).
 * A malformed activity gets 400; a failure inside a turn is logged and the user told politely.
 */
export const createTeamsChannel = (
  deps: { desk: Desk; log: Logger },
  config: TeamsConfig,
): TeamsChannel => {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    deps.log.error('teams_turn_failed', {
      error: error.message,
      activityType: context.activity.type,
      action: 'This is a bug: report it with this log line.',
    });
    // In the language Teams reports for the person: the desk, which knows their choice, may be
    // what failed.
    await context
      .sendActivity(catalogText('teams.turnFailed', {}, context.activity.locale))
      .catch(() => undefined);
  };
  // The key that seals card actions (sealed-cards.ts): from the app password when there is one.
  const key =
    config.appPassword === undefined
      ? processKey('teams-values')
      : deriveKey(config.appPassword, 'teams-values');
  const bot = new DeskTeamsBot(deps.desk, deps.log, createSeal(key));
  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    let activity: unknown;
    try {
      activity = JSON.parse(body.toString('utf8'));
    } catch {
      res
        .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Malformed activity: not JSON');
      return;
    }
    const parsed = activitySchema.safeParse(activity);
    if (!parsed.success) {
      res
        .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`Malformed activity: ${parsed.error.issues[0]?.path.join('.') || 'body'}`);
      return;
    }
    if (config.appId !== undefined && req.headers.authorization === undefined) {
      // The adapter would refuse it too, but on the console; this says it in the structured log.
      deps.log.warn('teams_request_refused', {
        reason: 'no Bot Framework token',
        action: 'If this is Teams, check the bot registration and MicrosoftAppId.',
      });
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Unauthorized');
      return;
    }
    const request: Request = {
      body: parsed.data,
      headers: req.headers,
      method: req.method ?? 'POST',
    };
    await adapter.process(request, botResponse(res), (context) => bot.run(context));
  };
  return { route: { method: 'POST', path: '/api/messages', handle } };
};
