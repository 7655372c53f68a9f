import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Request,
  type Response,
} from 'botbuilder';
import { z } from 'zod';
import type { Desk } from '../../src/desk/index.ts';
import { errorText } from '../../src/messages/catalog.ts';
import type { Route } from '../http/server.ts';
import type { TeamsConfig } from '../system/config.ts';
import type { Logger } from '../system/logger.ts';
import { DeskTeamsBot } from './bot.ts';

/** The least an activity must be before the Bot Framework sees it. */
const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  serviceUrl: z.url().optional(),
  channelId: z.string().max(64).optional(),
  from: z.looseObject({ id: z.string().max(500) }).optional(),
  conversation: z.looseObject({ id: z.string().max(2000) }).optional(),
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
    await context
      .sendActivity(errorText('PROVIDER_UNAVAILABLE', { reason: 'an internal error' }))
      .catch(() => undefined);
  };
  const bot = new DeskTeamsBot(deps.desk, deps.log);
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
