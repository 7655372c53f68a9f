import type { Desk } from '../src/desk/index.ts';
import { type HttpServer, type Route, startHttpServer } from './http/server.ts';
import { createSlackChannel, type SlackChannel } from './slack/app.ts';
import type { Config } from './system/config.ts';
import type { Logger } from './system/logger.ts';

export interface Served {
  readonly url: string;
  readonly slack?: SlackChannel['mode'];
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly desk: Desk;
  readonly config: Config;
  readonly log: Logger;
  /** Listen here instead of `config.port` (tests pass 0 for a free port). */
  readonly port?: number;
  readonly host?: string;
  /** The receiver's clock for Slack's timestamp window (tests). */
  readonly now?: () => number;
}

/** The server side of the process: every configured chat channel, and `GET /healthz`, on one port. */
export const serve = async (o: ServeOptions): Promise<Served> => {
  const routes: Route[] = [];
  let slack: SlackChannel | undefined;
  if (o.config.slack !== undefined) {
    slack = await createSlackChannel(
      {
        desk: o.desk,
        log: o.log,
        ...(o.config.slack.approvalChannel === undefined
          ? {}
          : { approvalChannel: o.config.slack.approvalChannel }),
      },
      o.config.slack,
      o.now === undefined ? {} : { now: o.now },
    );
    if (slack.route !== undefined) routes.push(slack.route);
  }
  if (o.config.teams !== undefined) {
    o.log.warn('channel_unavailable', {
      channel: 'teams',
      action: 'This build has no Teams channel yet; the Teams variables are ignored.',
    });
  }
  const server: HttpServer = await startHttpServer({
    port: o.port ?? o.config.port,
    ...(o.host === undefined ? {} : { host: o.host }),
    routes,
    log: o.log,
  });
  await slack?.start();
  return {
    url: server.url,
    ...(slack === undefined ? {} : { slack: slack.mode }),
    close: async () => {
      await slack?.stop();
      await server.close();
    },
  };
};
