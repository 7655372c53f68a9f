import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../system/logger.ts';
import { parseSlackBody } from './payloads.ts';

export interface SlackReceiverOptions {
  readonly signingSecret: string;
  readonly log: Logger;
  /** Milliseconds since the epoch; injectable so tests can check the timestamp window. */
  readonly now?: () => number;
  /** If no listener has acknowledged by then, answer 200 anyway: Slack gives up at 3 s. */
  readonly ackTimeoutInMs?: number;
}

const fiveMinutesInSeconds = 300;

/**
 * Bolt's receiver for `POST /slack/events` on the process's own server. It checks the signature
 * as Slack specifies and refuses timestamps more than five minutes away in either direction (Bolt
 * accepts future ones), validates every payload, answers a Slack retry of a request it has already
 * handled without handling it again, drops Events API callbacks (none are subscribed), and never
 * answers a bad request with a 5xx.
 */
export class SlackHttpReceiver implements Receiver {
  #app: App | undefined;
  readonly #o: SlackReceiverOptions;
  readonly #handled = new Map<string, true>();

  constructor(options: SlackReceiverOptions) {
    this.#o = options;
  }

  init(app: App): void {
    this.#app = app;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  #verify(req: IncomingMessage, body: Buffer): string | undefined {
    const timestamp = String(req.headers['x-slack-request-timestamp'] ?? '');
    const signature = String(req.headers['x-slack-signature'] ?? '');
    if (!/^\d{1,12}$/.test(timestamp) || !signature.startsWith('v0='))
      return 'missing or malformed signature headers';
    const now = Math.floor((this.#o.now?.() ?? Date.now()) / 1000);
    if (Math.abs(now - Number(timestamp)) > fiveMinutesInSeconds)
      return 'timestamp more than five minutes away';
    const expected = `v0=${createHmac('sha256', this.#o.signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
    const a = Buffer.from(expected);
    const b = Buffer.from(signature);
    return a.length === b.length && timingSafeEqual(a, b) ? undefined : 'signature mismatch';
  }

  /** Handles one request; every answer is written here, exactly once. */
  readonly handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
  ): Promise<void> => {
    let answered = false;
    const answer = (status: number, text = '', type = 'text/plain; charset=utf-8') => {
      if (answered || res.headersSent) return;
      answered = true;
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    const refused = this.#verify(req, body);
    if (refused !== undefined) {
      this.#o.log.warn('slack_request_refused', {
        reason: refused,
        action: 'If this is Slack, check SLACK_SIGNING_SECRET and the server clock.',
      });
      return answer(401, 'Unauthorized');
    }
    const parsed = parseSlackBody(String(req.headers['content-type'] ?? ''), body);
    if (!parsed.ok) {
      this.#o.log.warn('slack_payload_malformed', {
        reason: parsed.reason,
        action: 'none: the request was refused',
      });
      return answer(400, `Malformed Slack request: ${parsed.reason}`);
    }
    if (parsed.kind === 'url_verification')
      return answer(200, JSON.stringify({ challenge: parsed.challenge }), 'application/json');
    // The app subscribes to no events (manifest/slack): a callback is acknowledged and dropped, not
    // handed to Bolt, which dereferences event fields without checking them.
    if (parsed.kind === 'event') {
      this.#o.log.debug('slack_event_ignored', { reason: 'the app subscribes to no events' });
      return answer(200);
    }
    const key = createHash('sha256').update(body).digest('hex');
    const retryNum = Number(req.headers['x-slack-retry-num'] ?? 0) || 0;
    if (retryNum > 0 && this.#handled.has(key)) return answer(200);
    this.#remember(key);
    const app = this.#app;
    if (app === undefined) return answer(503, 'Not ready');
    const timer = setTimeout(() => answer(200), this.#o.ackTimeoutInMs ?? 2500);
    const event: ReceiverEvent = {
      body: parsed.body,
      retryNum,
      ...(req.headers['x-slack-retry-reason'] === undefined
        ? {}
        : { retryReason: String(req.headers['x-slack-retry-reason']) }),
      ack: async (response?: unknown) => {
        clearTimeout(timer);
        answer(
          200,
          response === undefined || response === '' ? '' : JSON.stringify(response),
          'application/json',
        );
      },
    };
    try {
      await app.processEvent(event);
    } catch (error) {
      this.#o.log.error('slack_listener_failed', {
        error: error instanceof Error ? error.message : String(error),
        action: 'This is a bug: report it with this log line.',
      });
    } finally {
      clearTimeout(timer);
      answer(200);
    }
  };

  /** Remembers the last 2,000 bodies handled, enough to cover Slack's retries (minutes apart). */
  #remember(key: string): void {
    this.#handled.set(key, true);
    if (this.#handled.size > 2000) {
      const oldest = this.#handled.keys().next().value;
      if (oldest !== undefined) this.#handled.delete(oldest);
    }
  }
}
