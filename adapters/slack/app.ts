import { App, type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Route } from '../http/server.ts';
import type { SlackConfig } from '../system/config.ts';
import type { Logger } from '../system/logger.ts';
import { registerActions } from './actions.ts';
import { registerCommand } from './commands.ts';
import type { SlackDeps } from './context.ts';
import { createSlackPeople } from './people.ts';
import { SlackHttpReceiver } from './receiver.ts';
import { createSeal, deriveKey } from './seal.ts';
import { registerSubmissions } from './submissions.ts';

/** Slack as the process serves it: an HTTP route on the shared server, or a Socket Mode connection. */
export interface SlackChannel {
  readonly mode: 'http' | 'socket';
  readonly route?: Route;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Thrown when Slack refuses the bot token at start: the message says what to do. */
export class SlackStartError extends Error {
  readonly code = 'SLACK_START_FAILED' as const;
}

/** Bolt's own log lines, passed into the structured log (Bolt's debug chatter stays at debug). */
const boltLogger = (log: Logger): BoltLogger => {
  let level = LogLevel.INFO;
  const text = (args: unknown[]) =>
    args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  return {
    debug: (...args) => log.debug('bolt', { message: text(args) }),
    info: (...args) => log.info('bolt', { message: text(args) }),
    warn: (...args) =>
      log.warn('bolt', { message: text(args), action: 'See the message; Bolt reported it.' }),
    error: (...args) =>
      log.error('bolt', { message: text(args), action: 'See the message; Bolt reported it.' }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
};

export interface SlackChannelOptions {
  readonly now?: () => number;
}

/**
 * The key that seals buttons and modal metadata (tamper.ts): derived from the signing secret, or in
 * Socket Mode without one from the app token; never from the bot token, which is the one other
 * services are most likely to hold. Rotating that secret voids the buttons already posted.
 */
const sealKey = (config: SlackConfig): Buffer =>
  deriveKey(
    config.signingSecret ?? (config.mode === 'socket' ? config.appToken : ''),
    'slack-values',
  );

/**
 * Builds the Slack channel: checks the bot token once (auth.test, which also names the bot so Bolt
 * need not ask on every event), then wires the command, buttons and modals into one Bolt app.
 */
export const createSlackChannel = async (
  channelDeps: Omit<SlackDeps, 'seal' | 'people'>,
  config: SlackConfig,
  o: SlackChannelOptions = {},
): Promise<SlackChannel> => {
  const deps: SlackDeps = {
    ...channelDeps,
    seal: createSeal(sealKey(config)),
    people: createSlackPeople({
      log: channelDeps.log,
      ...(o.now === undefined ? {} : { now: o.now }),
    }),
  };
  const clientOptions =
    config.apiUrl === undefined
      ? {}
      : { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` };
  let auth: { botId: string; botUserId: string };
  try {
    // A start must fail fast and say why, not retry for half an hour as the client would by default.
    const r = await new WebClient(config.botToken, {
      ...clientOptions,
      logger: boltLogger(deps.log),
      retryConfig: { retries: 1 },
      timeout: 10_000,
    }).auth.test();
    auth = { botId: String(r.bot_id ?? ''), botUserId: String(r.user_id ?? '') };
  } catch (error) {
    const e = error as { code?: string; data?: { error?: string }; message?: string };
    // A platform answer (invalid_auth, token_revoked …) is Slack refusing the token; anything else
    // is Slack not being reached at all, which a new token would not fix.
    throw new SlackStartError(
      e.code === 'slack_webapi_platform_error'
        ? `Slack refused SLACK_BOT_TOKEN (${e.data?.error ?? 'unknown'}). Reinstall the app to your workspace and copy its Bot User OAuth Token (xoxb-…).`
        : `Could not reach Slack at ${config.apiUrl ?? 'https://slack.com/api/'} to check SLACK_BOT_TOKEN (${e.message ?? String(error)}). Check the network, or SLACK_API_URL.`,
    );
  }
  const common = {
    token: config.botToken,
    ...auth,
    tokenVerificationEnabled: false,
    // Bolt's default conversation store runs on every request; the desk keeps no conversation state.
    convoStore: false as const,
    clientOptions,
    logger: boltLogger(deps.log),
  };
  const register = (app: App) => {
    registerCommand(app, deps);
    registerActions(app, deps);
    registerSubmissions(app, deps);
    app.error(async (error) =>
      deps.log.error('slack_listener_failed', {
        error: error.message,
        action: 'This is a bug: report it with this log line.',
      }),
    );
  };
  if (config.mode === 'socket') {
    const app = new App({ ...common, appToken: config.appToken, socketMode: true });
    register(app);
    return {
      mode: 'socket',
      start: async () => void (await app.start()),
      stop: async () => void (await app.stop()),
    };
  }
  const receiver = new SlackHttpReceiver({
    signingSecret: config.signingSecret,
    log: deps.log,
    ...(o.now === undefined ? {} : { now: o.now }),
  });
  register(new App({ ...common, receiver }));
  return {
    mode: 'http',
    route: { method: 'POST', path: '/slack/events', handle: receiver.handle },
    start: async () => undefined,
    stop: async () => undefined,
  };
};
