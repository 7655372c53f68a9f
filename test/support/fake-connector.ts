import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TeamsChannelAccount } from 'botbuilder';
import { teamsTenant } from './teams-activities.ts';

const conversation = '/v3/conversations/(?<conversationId>[^/]+)';
const activity = `${conversation}/activities/(?<activityId>[^/]+)`;
const route = <Operation extends string>(method: string, path: string, operation: Operation) =>
  [method, new RegExp(`^${path}$`), operation] as const;
// The routes of botframework-connector's ConnectorClient and TeamsConnectorClient that a bot uses.
const routes = [
  route('POST', '/v3/conversations', 'createConversation'),
  route('POST', `${conversation}/activities`, 'sendToConversation'),
  route('POST', `${conversation}/activities/history`, 'sendConversationHistory'),
  route('POST', activity, 'replyToActivity'),
  route('PUT', activity, 'updateActivity'),
  route('DELETE', activity, 'deleteActivity'),
  route('GET', `${conversation}/members`, 'getConversationMembers'),
  route('GET', `${conversation}/pagedmembers`, 'getConversationPagedMembers'),
  route('GET', `${conversation}/members/(?<memberId>[^/]+)`, 'getConversationMember'),
  route('GET', '/v3/teams/(?<teamId>[^/]+)', 'fetchTeamDetails'),
  route('GET', '/v3/teams/(?<teamId>[^/]+)/conversations', 'fetchChannelList'),
] as const;

/**
 * The operation a call maps to, named as botframework-connector names it; `unknown` for any
 * other route, which the fake answers 404 and still records, so a test sees what the bot tried.
 */
export type ConnectorOperation = (typeof routes)[number][2] | 'unknown';

/** One request the fake received. */
export interface ConnectorCall {
  readonly operation: ConnectorOperation;
  readonly method: string;
  /** The path as sent, still percent-encoded (`/v3/conversations/19%3Aabc…/activities/…`). */
  readonly path: string;
  /** Decoded (`19:abc@thread.tacv2;messageid=1`); TeamsInfo looks members up by team id. */
  readonly conversationId?: string;
  readonly activityId?: string;
  readonly memberId?: string;
  readonly teamId?: string;
  /** The parsed JSON body; `undefined` when there was none. */
  readonly body: unknown;
  /** The `Authorization` header as sent; absent when there was none (auth disabled sends none). */
  readonly authorization?: string;
}

/** An operation name, or a test on the call. */
export type CallMatcher = ConnectorOperation | ((call: ConnectorCall) => boolean);

export interface WaitForOptions {
  /** How long to wait before rejecting; 5 s unless told. */
  timeoutInMs?: number;
}

/** A local imitation of the Bot Framework Connector REST API, recording every call in order. */
export interface FakeConnector {
  /** `http://127.0.0.1:<port>/`: put it in the activities' `serviceUrl`. */
  readonly serviceUrl: string;
  /** Members by `29:` id; `getConversationMember` also finds them by AAD object ID, else 404s. */
  readonly members: Map<string, TeamsChannelAccount>;
  calls(matcher?: CallMatcher): readonly ConnectorCall[];
  /** Resolves with the matching calls once there are `count`; on timeout rejects, listing all. */
  waitFor(
    matcher: CallMatcher,
    count?: number,
    options?: WaitForOptions,
  ): Promise<readonly ConnectorCall[]>;
  /**
   * The next matching call answers `status` (403 unless told) with an `ErrorResponse`
   * `{ error: { code, message: 'failNext' } }`; ConnectorClient throws a `RestError` carrying both.
   * ConnectorClient retries 408 and 5xx but 501/505 up to 3 times after 0.5–1 s, 1–2 s, 2–4 s, so
   * a 503 shows up as two calls and a slow test: prefer 403, 404, 429 (no Retry-After) or 501.
   */
  failNext(matcher: CallMatcher, status?: number, code?: string): void;
  close(): Promise<void>;
}

type Waiter = (failure?: string) => void;
type Answer = readonly [status: number, body?: unknown];

// Activity ids the fake hands out: millisecond timestamps after the builders' incoming ones.
const firstActivityId = 1_732_790_500_000;
const {
  tenantId,
  teamName: name,
  teamAadGroupId: aadGroupId,
  channelId,
  channelName,
} = teamsTenant;

const matches = (matcher: CallMatcher | undefined, call: ConnectorCall): boolean =>
  matcher === undefined ||
  (typeof matcher === 'string' ? call.operation === matcher : matcher(call));

const describeCalls = (calls: readonly ConnectorCall[]): string =>
  `calls seen (${calls.length}): ${
    calls.map((c) => `${c.method} ${c.path} ${JSON.stringify(c.body)}`.slice(0, 300)).join('; ') ||
    'none'
  }`;

const errorBody = (code: string, message: string) => ({ error: { code, message } });

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
};

const findRoute = (method: string, path: string) => {
  for (const [routeMethod, pattern, operation] of routes) {
    const match = routeMethod === method ? pattern.exec(path) : null;
    if (match === null) continue;
    const params = Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]);
    return { operation, ...Object.fromEntries(params) };
  }
  return { operation: 'unknown' as const };
};

/** Starts the fake on a free port of 127.0.0.1. Close it in `afterEach`/`afterAll`. */
export const startFakeConnector = async (): Promise<FakeConnector> => {
  const recorded: ConnectorCall[] = [];
  const waiters = new Set<Waiter>();
  const failures: { matcher: CallMatcher; status: number; code: string }[] = [];
  const members = new Map<string, TeamsChannelAccount>();
  let activityCount = 0;
  const nextActivityId = (): string => String(firstActivityId + ++activityCount);
  const accounts = () => [...members.values()].map((m) => ({ userRole: 'user', tenantId, ...m }));

  const answer = (call: ConnectorCall): Answer => {
    switch (call.operation) {
      case 'createConversation': {
        // A new channel post: the conversation is the thread it starts, `<channel>;messageid=<post>`.
        const activityId = nextActivityId();
        const channel = (call.body as { channelData?: { channel?: { id?: string } } } | undefined)
          ?.channelData?.channel?.id;
        const id =
          channel === undefined ? `a:1fake${activityId}` : `${channel};messageid=${activityId}`;
        return [201, { id, activityId }];
      }
      case 'sendToConversation':
      case 'sendConversationHistory':
      case 'replyToActivity':
        return [201, { id: nextActivityId() }];
      case 'updateActivity':
        return [200, { id: call.activityId }];
      case 'deleteActivity':
        return [200];
      case 'getConversationMembers':
        return [200, accounts()];
      case 'getConversationPagedMembers':
        return [200, { members: accounts() }];
      case 'getConversationMember': {
        const found = accounts().find((m) => [m.id, m.aadObjectId].includes(call.memberId));
        return found ? [200, found] : [404, errorBody('MemberNotFoundInConversation', 'No member')];
      }
      case 'fetchTeamDetails':
        return [200, { id: call.teamId, name, aadGroupId }];
      case 'fetchChannelList':
        return [200, { conversations: [{ id: channelId, name: channelName }] }];
      case 'unknown':
        return [404, errorBody('NotFound', `No route for ${call.method} ${call.path}`)];
    }
  };

  const send = (res: ServerResponse, [status, body]: Answer): void => {
    if (body === undefined) res.writeHead(status).end();
    else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const { authorization } = req.headers;
    const call: ConnectorCall = {
      ...findRoute(method, pathname),
      method,
      path: pathname,
      body: await readJson(req),
      ...(authorization === undefined ? {} : { authorization }),
    };
    recorded.push(call);
    for (const waiter of [...waiters]) waiter();
    const index = failures.findIndex((f) => matches(f.matcher, call));
    const [failure] = index === -1 ? [] : failures.splice(index, 1);
    send(res, failure ? [failure.status, errorBody(failure.code, 'failNext')] : answer(call));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, [400, errorBody('BadArgument', String(error))]),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const callsOf = (matcher?: CallMatcher) => recorded.filter((c) => matches(matcher, c));

  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    members,
    calls: callsOf,
    failNext: (matcher, status = 403, code = 'BotNotInConversationRoster') => {
      failures.push({ matcher, status, code });
    },
    waitFor: (matcher, count = 1, { timeoutInMs = 5_000 } = {}) =>
      new Promise((resolve, reject) => {
        const label = `waitFor(${typeof matcher === 'string' ? matcher : 'predicate'}, ${count})`;
        const waiter: Waiter = (failure) => {
          const found = callsOf(matcher);
          if (found.length < count && failure === undefined) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          if (failure === undefined) resolve(found);
          else reject(new Error(`${label} ${failure}; ${describeCalls(recorded)}`));
        };
        const timer = setTimeout(waiter, timeoutInMs, `timed out after ${timeoutInMs} ms`);
        waiters.add(waiter);
        waiter();
      }),
    close: async () => {
      for (const waiter of [...waiters]) waiter('fake connector closed');
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      await closed;
    },
  };
};
