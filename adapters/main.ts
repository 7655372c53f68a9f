import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { text } from '../src/messages/catalog.ts';
import { today } from '../src/shared/time.ts';
import { compose } from './compose.ts';
import { serve } from './serve.ts';
import { LineConsole } from './shell/line-console.ts';
import { runShell } from './shell/session.ts';
import { loadConfig } from './system/config.ts';
import { loadDotEnv } from './system/dotenv.ts';
import { jsonLogger, type Logger } from './system/logger.ts';

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
  let log: Logger;
  try {
    const config = loadConfig(process.env, { cwd: process.cwd(), projectRoot });
    log = jsonLogger(process.stderr, config.logLevel);
    composed = await compose(config, { log });
  } catch (error) {
    if ((error as { code?: string }).code === undefined) throw error;
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const { desk, config } = composed;
  const expired = await desk.expireStale();
  if (expired > 0)
    log.info('requests_expired', {
      count: expired,
      action: 'none: undecided requests past their expiry were closed',
    });
  const wantsChat = config.slack !== undefined || config.teams !== undefined;
  if (wantsChat && !argv.includes('--shell')) {
    let served: Awaited<ReturnType<typeof serve>>;
    try {
      served = await serve({ desk, config, log });
    } catch (error) {
      if ((error as { code?: string }).code !== 'SLACK_START_FAILED') throw error;
      log.error('slack_start_failed', { action: (error as Error).message });
      return 1;
    }
    log.info('serving', {
      port: config.port,
      slack: served.slack,
      data: config.dataPath,
      store: config.storePath,
      provider: config.provider,
      action: 'none',
    });
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    log.info('stopping', { action: 'none' });
    await served.close();
    return 0;
  }
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  // The terminal's language, as POSIX reports it (LC_ALL overrides LANG).
  const terminalLocale = process.env.LC_ALL || process.env.LANG || undefined;
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
    ...(terminalLocale === undefined ? {} : { locale: terminalLocale }),
    banner,
  });
};

process.exitCode = await main(process.argv.slice(2));
