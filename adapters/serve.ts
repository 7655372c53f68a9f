import type { Desk } from '../src/desk/index.ts';
import { type HttpServer, type Route, startHttpServer } from './http/server.ts';
import { createSlackChannel, type SlackChannel } from './slack/app.ts';
import type { Config } from './system/config.ts';
import type { Logger } from './system/logger.ts';
import { createTeamsChannel } from './teams/channel.ts';

export interface Served {
  readonly url: string;
  readonly slack?: SlackChannel['mode'];
  readonly teams?: boolean;
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
  const teams = o.config.teams;
  if (teams !== undefined) {
    if (teams.appId === undefined) {
      o.log.warn('teams_unauthenticated', {
        action:
          'TEAMS_ALLOW_UNAUTHENTICATED=true: /api/messages checks no Bot Framework token. Use it for local development and tests only; set MicrosoftAppId in production.',
      });
    }
    routes.push(createTeamsChannel({ desk: o.desk, log: o.log }, teams).route);
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
    ...(teams === undefined ? {} : { teams: true }),
    close: async () => {
      await slack?.stop();
      await server.close();
    },
  };
};
