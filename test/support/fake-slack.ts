import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackWorkspace } from './slack-requests.ts';

/** One request the fake received: a Web API method, or `response_url` for a POST to a response URL. */
export interface SlackCall {
  readonly method: string;
  /**
   * The parsed body. Form fields holding JSON (`blocks`, `view`, `attachments`…) are decoded;
   * other values stay strings as on the wire (`"true"`, `"1732790000.000100"`). A `token` field
   * is moved out to {@link SlackCall.token}.
   */
  readonly args: Record<string, unknown>;
  /** The bearer token of the Authorization header (or the body's `token` field). */
  readonly token?: string;
  /** The response URL's id, for `response_url` calls. */
  readonly id?: string;
}

/** What `users.info` answers for a user nobody configured. */
const defaultUser = (id: string) => ({
  name: id.toLowerCase(),
  tz: 'Europe/London',
  tz_label: 'Greenwich Mean Time',
  locale: 'en-GB',
  profile: {
    real_name: 'Test User',
    first_name: 'Test',
    last_name: 'User',
    email: `${id.toLowerCase()}@partner.example`,
    phone: '+44 20 7946 0000',
  },
});

/** The user fields `users.info` answers with (besides ids). */
export type FakeSlackUser = ReturnType<typeof defaultUser>;

/** Set with `fake.users.set(id, override)`; unset fields keep the defaults. */
export type FakeSlackUserOverride = Partial<Omit<FakeSlackUser, 'profile'>> & {
  profile?: Partial<FakeSlackUser['profile']>;
};

export interface FakeSlackOptions {
  /** Scopes the fake pretends the bot token holds; `profile.email` needs `users:read.email`. */
  botScopes?: readonly string[];
}

export interface WaitForOptions {
  /** How long to wait before rejecting; 5 s unless told. */
  timeoutInMs?: number;
}

/** A local imitation of the Slack Web API and of response URLs, recording every call in order. */
export interface FakeSlack {
  /** `http://127.0.0.1:<port>/api/` — give it to WebClient as `slackApiUrl`. */
  readonly apiUrl: string;
  readonly users: Map<string, FakeSlackUserOverride>;
  responseUrl(id: string): string;
  /** The next call of `method` answers `{ ok: false, error }` (a 404 for `response_url`). */
  failNext(method: string, error?: string): void;
  /** The next call of `method` is answered only after `ms` milliseconds (a slow Slack). */
  delayNext(method: string, ms: number): void;
  calls(method?: string): readonly SlackCall[];
  /** The latest call of `method`; throws, listing the calls seen, when there is none. */
  lastCall(method: string): SlackCall;
  /** Resolves with the matching calls once there are `count` of them; rejects after the timeout. */
  waitFor(
    method: string,
    predicate?: (call: SlackCall) => boolean,
    count?: number,
    options?: WaitForOptions,
  ): Promise<readonly SlackCall[]>;
  close(): Promise<void>;
}

const { teamId, apiAppId: appId, botId, botUserId } = slackWorkspace;
const defaultBotScopes = ['commands', 'chat:write', 'users:read'];
// Slack message timestamps are seconds with six decimals; the fake counts in microseconds.
const firstTsInMicroseconds = 1_732_790_000_000_000;

/** Called after every recorded call, or with the reason it must give up. */
type Waiter = (failure?: string) => void;
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const decodeJsonField = (value: string): unknown => {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const parseBody = (body: string, contentType: string | undefined): Json => {
  if (contentType?.startsWith('application/json')) {
    const parsed: unknown = body === '' ? {} : JSON.parse(body);
    return isRecord(parsed) ? parsed : { body: parsed };
  }
  const args: Json = {};
  for (const [key, value] of new URLSearchParams(body)) {
    // WebClient JSON-encodes every non-scalar argument; message text is never decoded.
    args[key] = key !== 'text' && /^[[{]/.test(value) ? decodeJsonField(value) : value;
  }
  return args;
};

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const listCalls = (calls: readonly SlackCall[]): string =>
  `calls seen (${calls.length}): ${
    calls.map((c) => `${c.method} ${JSON.stringify(c.args).slice(0, 300)}`).join('; ') || 'none'
  }`;

/** Starts the fake on a free port of 127.0.0.1. Close it in `afterEach`/`afterAll`. */
export const startFakeSlack = async (options: FakeSlackOptions = {}): Promise<FakeSlack> => {
  const botScopes = options.botScopes ?? defaultBotScopes;
  const recorded: SlackCall[] = [];
  const waiters = new Set<Waiter>();
  const failures = new Map<string, string[]>();
  const delays = new Map<string, number[]>();
  const users = new Map<string, FakeSlackUserOverride>();
  let tsCount = 0;
  let viewCount = 0;

  const nextTs = (): string => {
    tsCount += 1;
    const micros = firstTsInMicroseconds + tsCount * 100;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  };
  const nextViewId = (): string => `V0FAKE${String(++viewCount).padStart(5, '0')}`;

  const record = (call: SlackCall): void => {
    recorded.push(call);
    for (const waiter of [...waiters]) waiter();
  };

  const userInfo = (id: string, includeLocale: boolean): Json => {
    const override = users.get(id) ?? {};
    const user = { ...defaultUser(id), ...override };
    const { email, ...profile } = { ...defaultUser(id).profile, ...override.profile };
    // Like Slack: `locale` only on request, `email` only with the users:read.email scope.
    const visible = botScopes.includes('users:read.email') ? { ...profile, email } : profile;
    const { locale, tz, tz_label, name } = user;
    const identity = { id, team_id: teamId, name, real_name: profile.real_name, is_bot: false };
    return { ...identity, tz, tz_label, ...(includeLocale ? { locale } : {}), profile: visible };
  };

  const answer = (method: string, args: Json): Json => {
    const bot = { user: botUserId, bot_id: botId, app_id: appId, team: teamId };
    switch (method) {
      case 'chat.postMessage': {
        const ts = nextTs();
        const { channel, ...message } = args;
        return { ok: true, channel, ts, message: { type: 'message', ...message, ...bot, ts } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text ?? '' };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'views.open':
      case 'views.push':
      case 'views.update': {
        const keepsId = method === 'views.update' && typeof args.view_id === 'string';
        const id = keepsId ? String(args.view_id) : nextViewId();
        const hash = `${nextTs()}.fakehash`;
        const view = isRecord(args.view) ? args.view : {};
        const state = { values: {} };
        return { ok: true, view: { id, team_id: teamId, hash, state, app_id: appId, ...view } };
      }
      case 'users.info':
        return { ok: true, user: userInfo(String(args.user), args.include_locale === 'true') };
      case 'auth.test':
        return { ok: true, team_id: teamId, user_id: botUserId, bot_id: botId, user: 'desk' };
      default:
        return { ok: true };
    }
  };

  const send = (res: ServerResponse, status: number, body: Json): void => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-oauth-scopes': botScopes.join(','),
    });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const args = parseBody(await readBody(req), req.headers['content-type']);
    const [, kind, name] = /^\/(api|response)\/([^/]+)$/.exec(pathname) ?? [];
    if (req.method !== 'POST' || kind === undefined || name === undefined) {
      send(res, 404, { ok: false, error: 'unknown_method' });
      return;
    }
    const method = kind === 'api' ? name : 'response_url';
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
    delete args.token;
    record({
      method,
      args,
      ...(token ? { token } : {}),
      ...(kind === 'response' ? { id: name } : {}),
    });
    const delay = delays.get(method)?.shift();
    if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
    const error = failures.get(method)?.shift();
    // Web API errors are HTTP 200 (WebClient retries any other status for half an hour).
    if (error !== undefined) send(res, kind === 'api' ? 200 : 404, { ok: false, error });
    else send(res, 200, kind === 'api' ? answer(method, args) : { ok: true });
  };

  const server = createServer((req, res) => {
    // Still HTTP 200: WebClient would retry a 500 for half an hour instead of failing the test.
    handle(req, res).catch((error: unknown) => send(res, 200, { ok: false, error: String(error) }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsOf = (method?: string) =>
    method === undefined ? [...recorded] : recorded.filter((c) => c.method === method);

  return {
    apiUrl: `${base}/api/`,
    users,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    delayNext: (method, ms) => {
      delays.set(method, [...(delays.get(method) ?? []), ms]);
    },
    failNext: (method, error = 'internal_error') => {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    calls: callsOf,
    lastCall: (method) => {
      const last = callsOf(method).at(-1);
      if (last === undefined) throw new Error(`no ${method} call; ${listCalls(recorded)}`);
      return last;
    },
    waitFor: (method, predicate = () => true, count = 1, { timeoutInMs = 5_000 } = {}) =>
      new Promise((resolve, reject) => {
        const waiter: Waiter = (failure) => {
          const found = recorded.filter((c) => c.method === method && predicate(c));
          if (found.length < count && failure === undefined) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          if (found.length >= count) resolve(found);
          else reject(new Error(`waitFor(${method}, ${count}) ${failure}; ${listCalls(recorded)}`));
        };
        const timer = setTimeout(waiter, timeoutInMs, `timed out after ${timeoutInMs} ms`);
        waiters.add(waiter);
        waiter();
      }),
    close: async () => {
      for (const waiter of [...waiters]) waiter('fake Slack closed');
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      await closed;
    },
  };
};
