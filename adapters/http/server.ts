import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../system/logger.ts';

/** One endpoint of the process: `handle` gets the whole raw body (signatures are over the bytes). */
export interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void>;
}

export interface HttpServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

export interface HttpServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly routes: readonly Route[];
  readonly log: Logger;
  /** Larger bodies are refused with 413 before they are read in full. */
  readonly maxBodyBytes?: number;
}

const send = (
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
) => {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
};

/** The whole body, or undefined past `limit` (the rest is drained, so the client still gets an answer). */
const readBody = (req: IncomingMessage, limit: number): Promise<Buffer | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });

/**
 * The one HTTP server of the process: Slack (`POST /slack/events`), Teams (`POST /api/messages`) and
 * `GET /healthz`. Unknown paths get 404; a handler that throws is logged and answered 500 without
 * details, and the server stays up.
 */
export const startHttpServer = async (o: HttpServerOptions): Promise<HttpServer> => {
  const limit = o.maxBodyBytes ?? 1_000_000;
  const routes = [
    ...o.routes,
    {
      method: 'GET',
      path: '/healthz',
      handle: async (_q: IncomingMessage, res: ServerResponse) =>
        send(res, 200, '{"status":"ok"}', 'application/json'),
    },
  ] satisfies Route[];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path);
    if (route === undefined) return send(res, 404, 'Not found');
    if (route.method !== req.method) return send(res, 405, `Use ${route.method}`);
    readBody(req, limit)
      .then(async (body) => {
        if (body === undefined) return send(res, 413, 'Request body too large');
        await route.handle(req, res, body);
      })
      .catch((error: unknown) => {
        o.log.error('http_handler_failed', {
          path,
          error: error instanceof Error ? error.message : String(error),
          action: 'This is a bug: report it with this log line.',
        });
        send(res, 500, 'Internal error');
      });
  });
  await new Promise<void>((resolve) => server.listen(o.port, o.host ?? '0.0.0.0', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
