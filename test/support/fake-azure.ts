import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createDefaultHttpClient,
  type HttpClient,
  type PipelineRequest,
} from '@azure/core-rest-pipeline';

/** One request the fake received, as sent (path decoded, JSON body parsed). */
export interface AzureCall {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface AzureAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type AzureHandler = (
  call: AzureCall,
  match: RegExpExecArray,
) => AzureAnswer | Promise<AzureAnswer>;

export interface FakeAzure {
  /** `http://127.0.0.1:<port>`: Partner Center REST (fetch) talks to it directly. */
  readonly url: string;
  /** `https://127.0.0.1:<port>`: give it to the Azure SDKs with `insecureHttpClient()`. */
  readonly httpsUrl: string;
  readonly calls: AzureCall[];
  /** Answers `method` requests whose path matches `pattern`; later routes win. */
  route(method: string, pattern: RegExp, handler: AzureHandler): void;
  /** The next matching request gets this answer instead (e.g. 429 with Retry-After, 401, 500). */
  failNext(method: string, pattern: RegExp, answer: AzureAnswer): void;
  close(): Promise<void>;
}

/** An official example from ../shared/contracts, as it is: `{ parameters, responses }`. */
export const contract = (
  relativePath: string,
): {
  parameters: Record<string, unknown>;
  responses: Record<string, { body?: unknown; headers?: Record<string, string> }>;
} =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'shared', 'contracts', relativePath),
      'utf8',
    ),
  );

/** A Partner Center example body, as it is. */
export const partnerCenterExample = (file: string): unknown =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'shared', 'contracts', 'partner-center', file),
      'utf8',
    ),
  );

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      text += c;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });

/** A fake Azure Resource Manager + Partner Center on 127.0.0.1 (no routes until a test adds them). */
export const startFakeAzure = async (): Promise<FakeAzure> => {
  const routes: { method: string; pattern: RegExp; handler: AzureHandler }[] = [];
  const failures: { method: string; pattern: RegExp; answer: AzureAnswer }[] = [];
  const calls: AzureCall[] = [];
  const server = createServer((req, res) => {
    void readBody(req)
      .then(async (text) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const call: AzureCall = {
          method: req.method ?? 'GET',
          path: decodeURIComponent(url.pathname),
          query: Object.fromEntries(url.searchParams),
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
          body: text === '' ? undefined : JSON.parse(text),
        };
        calls.push(call);
        const failure = failures.findIndex(
          (f) => f.method === call.method && f.pattern.test(call.path),
        );
        let answer: AzureAnswer;
        if (failure >= 0) {
          answer = failures[failure]?.answer ?? { status: 500 };
          failures.splice(failure, 1);
        } else {
          const route = [...routes]
            .reverse()
            .find((r) => r.method === call.method && r.pattern.test(call.path));
          const match = route?.pattern.exec(call.path);
          answer =
            route === undefined || match === null || match === undefined
              ? {
                  status: 404,
                  body: {
                    error: {
                      code: 'NotFound',
                      message: `no fake route for ${call.method} ${call.path}`,
                    },
                  },
                }
              : await route.handler(call, match);
        }
        const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
        res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(payload);
      })
      // A broken route (a contract file missing, say) answers at once instead of hanging the test.
      .catch((error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            error: {
              code: 'FakeRouteFailed',
              message: error instanceof Error ? error.message : String(error),
            },
          }),
        );
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    httpsUrl: `https://127.0.0.1:${port}`,
    calls,
    route: (method, pattern, handler) => void routes.push({ method, pattern, handler }),
    failNext: (method, pattern, answer) => void failures.push({ method, pattern, answer }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};

/**
 * An HTTP client for the Azure SDKs that sends their https://127.0.0.1 requests over plain HTTP to
 * the fake: the SDKs' bearer-token policy refuses http:// endpoints (platform-notes.md).
 */
export const insecureHttpClient = (): HttpClient => {
  const inner = createDefaultHttpClient();
  return {
    sendRequest: (request: PipelineRequest) => {
      request.url = request.url.replace(/^https:\/\/127\.0\.0\.1:/, 'http://127.0.0.1:');
      request.allowInsecureConnection = true;
      return inner.sendRequest(request);
    },
  };
};

/** A credential that hands out a fixed token and remembers which tenants it was asked for. */
export const staticCredential = (token = 'test-token') => {
  const tenants: (string | undefined)[] = [];
  return {
    tenants,
    getToken: async (_scopes: string | string[], options?: { tenantId?: string }) => {
      tenants.push(options?.tenantId);
      return {
        token: `${token}${options?.tenantId === undefined ? '' : `-${options.tenantId}`}`,
        expiresOnTimestamp: Date.now() + 3_600_000,
      };
    },
  };
};
