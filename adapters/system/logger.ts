import type { Writable } from 'node:stream';
import type { LogLevel } from './config.ts';

const order: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };
const secretKey = /secret|password|token|authorization|cookie/i;

export type LogFields = Readonly<Record<string, unknown>>;
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/**
 * One JSON object per line: time, level, event, and fields. Values under keys that name secrets are
 * replaced before writing, so a token can never reach a log. Say in `action` what a person should do.
 */
export const jsonLogger = (
  stream: Writable,
  level: LogLevel,
  now: () => string = () => new Date().toISOString(),
): Logger => {
  const write =
    (at: LogLevel) =>
    (event: string, fields: LogFields = {}) => {
      if (order[at] < order[level]) return;
      const safe = Object.fromEntries(
        Object.entries(fields).map(([k, v]) => [k, secretKey.test(k) ? '[redacted]' : v]),
      );
      stream.write(`${JSON.stringify({ time: now(), level: at, event, ...safe })}\n`);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
};
