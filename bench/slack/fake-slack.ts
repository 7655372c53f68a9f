import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackWorkspace } from '../../test/support/slack-requests.ts';

/**
 * A lean stand-in for the Slack Web API and response URLs, answering like
 * test/support/fake-slack.ts but keeping only when each reply arrived (a benchmark sends
 * thousands of requests): `views.open` is keyed by its trigger ID, a response-URL post by its ID.
 */
export interface TimingFakeSlack {
  /** `http://127.0.0.1:<port>/api/`, for WebClient's `slackApiUrl`. */
  readonly apiUrl: string;
  responseUrl(id: string): string;
  /** When the first reply for `key` (a trigger ID or a response-URL ID) arrived (performance.now). */
  readonly replies: Map<string, number>;
  /** The body of the first reply of each kind, to check the replies are not refusals. */
  readonly samples: Map<'views.open' | 'response_url', string>;
  /** Every call, by method. */
  readonly counts: Map<string, number>;
  close(): Promise<void>;
}

const { teamId, apiAppId: appId, botId, botUserId } = slackWorkspace;

const read = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const user = (id: string) => ({
  id,
  team_id: teamId,
  name: id.toLowerCase(),
  real_name: 'Bench User',
  is_bot: false,
  tz: 'Europe/London',
  tz_label: 'Greenwich Mean Time',
  locale: 'en-GB',
  profile: {
    real_name: 'Bench User',
    first_name: 'Bench',
    last_name: 'User',
    phone: '+44 20 7946 0000',
  },
});

export const startTimingFakeSlack = async (): Promise<TimingFakeSlack> => {
  const replies = new Map<string, number>();
  const samples = new Map<'views.open' | 'response_url', string>();
  const counts = new Map<string, number>();
  let views = 0;
  const send = (res: ServerResponse, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-oauth-scopes': 'commands,chat:write,users:read',
    });
    res.end(text);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await read(req);
    const arrived = performance.now();
    const [, kind, name = ''] = /^\/(api|response)\/([^/?]+)/.exec(req.url ?? '') ?? [];
    const method = kind === 'response' ? 'response_url' : name;
    counts.set(method, (counts.get(method) ?? 0) + 1);
    if (kind === 'response') {
      const id = decodeURIComponent(name);
      if (!replies.has(id)) replies.set(id, arrived);
      if (!samples.has('response_url')) samples.set('response_url', body);
      return send(res, { ok: true });
    }
    const args = body.startsWith('{')
      ? (JSON.parse(body) as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(body));
    switch (method) {
      case 'auth.test':
        return send(res, { ok: true, team_id: teamId, user_id: botUserId, bot_id: botId });
      case 'users.info':
        return send(res, { ok: true, user: user(String(args.user)) });
      case 'views.open': {
        const trigger = String(args.trigger_id);
        if (!replies.has(trigger)) replies.set(trigger, arrived);
        if (!samples.has('views.open')) samples.set('views.open', String(args.view));
        views += 1;
        return send(res, {
          ok: true,
          view: { id: `V0BENCH${views}`, team_id: teamId, app_id: appId },
        });
      }
      default:
        return send(res, { ok: true });
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, { ok: false, error: String(error) }));
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    replies,
    samples,
    counts,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
};
