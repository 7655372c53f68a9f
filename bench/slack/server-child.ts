import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '@slack/bolt';
import { compose } from '../../adapters/compose.ts';
import { serve } from '../../adapters/serve.ts';
import { parseConfig } from '../../adapters/system/config.ts';
import { jsonLogger } from '../../adapters/system/logger.ts';
import { slackWorkspace } from '../../test/support/slack-requests.ts';
import { projectRoot, report } from '../lib/child.ts';
import { benchNow, benchSigningSecret } from './constants.ts';

/**
 * One server under load, in its own process: `desk` is the real process (compose + serve, the
 * Slack channel over HTTP, the demo tenant, a fresh lowdb store); `bare` is a Bolt app with Bolt's
 * own HTTPReceiver whose only listener acks. Both call the fake Slack Web API given as argument.
 */

const startDesk = async (apiUrl: string): Promise<{ url: string; close(): Promise<void> }> => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-desk-'));
  const parsed = parseConfig(
    {
      SLACK_SIGNING_SECRET: benchSigningSecret,
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_API_URL: apiUrl,
      RESERVATION_DESK_DATA: join(projectRoot, 'data', 'demo-tenant.json'),
      RESERVATION_DESK_STORE: join(dir, 'store.json'),
      RESERVATION_DESK_NOW: benchNow,
    },
    { cwd: projectRoot, projectRoot },
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const { desk, config } = await compose(parsed.config);
  // The process logs JSON lines to stderr; here they go to a file, which costs the same writes.
  const logFile = createWriteStream(join(dir, 'server.log'));
  const served = await serve({
    desk,
    config,
    log: jsonLogger(logFile, config.logLevel),
    port: 0,
    host: '127.0.0.1',
  });
  return {
    url: `${served.url}/slack/events`,
    close: async () => {
      await served.close();
      logFile.end();
      await rm(dir, { recursive: true, force: true });
    },
  };
};

const startBareBolt = async (apiUrl: string): Promise<{ url: string; close(): Promise<void> }> => {
  const app = new App({
    signingSecret: benchSigningSecret,
    token: 'xoxb-bench-token',
    botId: slackWorkspace.botId,
    botUserId: slackWorkspace.botUserId,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.command('/reservation', async ({ ack }) => {
    await ack();
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    close: async () => void (await app.stop()),
  };
};

const main = async () => {
  const [mode, apiUrl] = process.argv.slice(2);
  if ((mode !== 'desk' && mode !== 'bare') || apiUrl === undefined)
    throw new Error('usage: server-child.ts desk|bare <fake Slack API URL>');
  const started = mode === 'desk' ? await startDesk(apiUrl) : await startBareBolt(apiUrl);
  const stop = () => {
    started.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  // The benchmark went away without stopping us: do not linger.
  process.once('disconnect', stop);
  report({ type: 'ready', url: started.url, pid: process.pid });
};

main().catch((error: unknown) => {
  report({
    type: 'error',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  process.exit(1);
});
