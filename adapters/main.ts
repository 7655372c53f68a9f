import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { text } from '../src/messages/catalog.ts';
import { today } from '../src/shared/time.ts';
import { compose } from './compose.ts';
import { LineConsole } from './shell/line-console.ts';
import { runShell } from './shell/session.ts';
import { loadConfig } from './system/config.ts';
import { loadDotEnv } from './system/dotenv.ts';
import { jsonLogger } from './system/logger.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `npm start`: Slack and/or Teams when their credentials are set, otherwise the console on the demo
 * tenant; `--shell` forces the console. A bad configuration, data file or store file stops the
 * start with every problem listed, and nothing is written.
 */
const main = async (argv: readonly string[]): Promise<number> => {
  const unknown = argv.filter((a) => a !== '--shell');
  if (unknown.length > 0) {
    process.stderr.write(`${text('start.usage', { args: unknown.join(' ') })}\n`);
    return 2;
  }
  loadDotEnv(process.cwd());
  let composed: Awaited<ReturnType<typeof compose>>;
  try {
    composed = await compose(loadConfig(process.env, { cwd: process.cwd(), projectRoot }));
  } catch (error) {
    if ((error as { code?: string }).code === undefined) throw error;
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const { desk, config } = composed;
  const log = jsonLogger(process.stderr, config.logLevel);
  const expired = await desk.expireStale();
  if (expired > 0)
    log.info('requests_expired', {
      count: expired,
      action: 'none: undecided requests past their expiry were closed',
    });
  const wantsChat = config.slack !== undefined || config.teams !== undefined;
  if (wantsChat && !argv.includes('--shell')) {
    log.error('channel_unavailable', {
      slack: config.slack !== undefined,
      teams: config.teams !== undefined,
      action:
        'This build serves the console only; the Slack and Teams channels are not built yet. Unset the Slack/Teams variables or start with --shell.',
    });
    return 1;
  }
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  const banner = text('shell.banner', {
    provider: config.provider,
    data: config.dataPath,
    store: config.storePath,
    today: today(desk.clock),
    fixed: config.now === undefined ? '' : text('shell.fixedNow'),
  });
  return runShell({
    desk,
    con: new LineConsole({ input: process.stdin, output: process.stdout }),
    color,
    banner,
  });
};

process.exitCode = await main(process.argv.slice(2));
