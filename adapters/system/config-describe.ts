import { type Money, toDecimalString } from '../../src/shared/money.ts';
import type { Config } from './config-types.ts';

// Matched by name so that a secret added to Config later is masked without touching this file.
const secretKey = /secret|token|password/i;

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && 'minor' in value && 'currency' in value;

const entries = (value: unknown, prefix: string): [string, string][] => {
  if (isMoney(value)) return [[prefix, `${toDecimalString(value)} ${value.currency}`]];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) =>
      entries(inner, prefix === '' ? key : `${prefix}.${key}`),
    );
  }
  return [[prefix, secretKey.test(prefix) ? '[set]' : String(value)]];
};

/**
 * The settings in effect as one logfmt line for the start-up log
 * (`port=3000 provider=sandbox … slack.botToken=[set] …`). Secrets show as `[set]`, never their
 * value; sections that are off (no Slack, Teams or Azure) are left out.
 */
export const describeConfig = (config: Config): string =>
  entries(config, '')
    .map(([key, value]) => `${key}=${/^[^\s"=]*$/.test(value) ? value : JSON.stringify(value)}`)
    .join(' ');
