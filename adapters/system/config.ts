import { join, resolve } from 'node:path';
import { crossFieldProblems, unknownVariableProblems } from './config-rules.ts';
import {
  type ConfigVariable,
  envSchema,
  type ParsedEnv,
  problem,
  readRawEnv,
} from './config-schema.ts';
import type {
  AzureConfig,
  Config,
  ConfigOptions,
  ConfigResult,
  SlackConfig,
  TeamsConfig,
} from './config-types.ts';

export { type ConfigVariable, configVariables, secretVariables } from './config-schema.ts';
export type * from './config-types.ts';

/** Thrown by {@link loadConfig}: the process cannot start with this environment. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

// Copies only the defined entries, so optional properties stay absent (exactOptionalPropertyTypes).
const defined = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

const slackOf = (env: ParsedEnv): SlackConfig | undefined => {
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken } = env;
  const common = defined({
    signingSecret: env.SLACK_SIGNING_SECRET,
    apiUrl: env.SLACK_API_URL,
    approvalChannel: env.SLACK_APPROVAL_CHANNEL,
  });
  if (botToken === undefined) return undefined;
  if (appToken !== undefined) return { mode: 'socket', appToken, botToken, ...common };
  const { signingSecret, ...rest } = common;
  return signingSecret === undefined
    ? undefined
    : { mode: 'http', signingSecret, botToken, ...rest };
};

const teamsOf = (env: ParsedEnv): TeamsConfig | undefined =>
  env.MicrosoftAppId === undefined && !env.TEAMS_ALLOW_UNAUTHENTICATED
    ? undefined
    : {
        appType: env.MicrosoftAppType,
        allowUnauthenticated: env.TEAMS_ALLOW_UNAUTHENTICATED,
        ...defined({
          appId: env.MicrosoftAppId,
          appPassword: env.MicrosoftAppPassword,
          appTenantId: env.MicrosoftAppTenantId,
        }),
      };

const azureOf = (env: ParsedEnv, cwd: string): AzureConfig | undefined => {
  const { AZURE_TENANT_ID: tenantId, AZURE_CLIENT_ID: clientId } = env;
  if (env.RESERVATION_DESK_PROVIDER !== 'azure' || !tenantId || !clientId) return undefined;
  const certificate = env.AZURE_CLIENT_CERTIFICATE_PATH;
  return {
    tenantId,
    clientId,
    partnerCenterUrl: env.AZURE_PARTNER_CENTER_URL,
    resourceManagerUrl: env.AZURE_RESOURCE_MANAGER_URL,
    ...defined({
      clientSecret: env.AZURE_CLIENT_SECRET,
      clientCertificatePath: certificate === undefined ? undefined : resolve(cwd, certificate),
    }),
  };
};

/**
 * Reads the configuration from `env` (normally `process.env`) in one pass: every malformed
 * value, missing companion variable and unknown `RESERVATION_DESK_*` name is reported together.
 * Blank values count as unset; relative paths resolve against `options.cwd`.
 */
export const parseConfig = (env: Env, options: ConfigOptions): ConfigResult => {
  const raw = readRawEnv(env);
  const dataPath = resolve(
    options.cwd,
    raw.RESERVATION_DESK_DATA ?? join(options.projectRoot, 'data', 'demo-tenant.json'),
  );
  const storePath = resolve(
    options.cwd,
    raw.RESERVATION_DESK_STORE ?? join(options.projectRoot, 'data', 'store.json'),
  );
  const parsed = envSchema.safeParse(raw);
  const seen = new Set<string>();
  const problems = [
    ...(parsed.error?.issues ?? []).flatMap((issue) => {
      const name = issue.path[0] as ConfigVariable;
      // One problem per variable: later checks on the same value only repeat the first.
      if (seen.has(name)) return [];
      seen.add(name);
      return [problem(name, raw, issue.message)];
    }),
    ...crossFieldProblems(raw, { dataPath, storePath }),
    ...unknownVariableProblems(env),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const e = parsed.data;
  const config: Config = {
    port: e.PORT,
    dataPath,
    storePath,
    provider: e.RESERVATION_DESK_PROVIDER,
    policy: {
      graceDays: e.RESERVATION_DESK_GRACE_DAYS,
      earlyTerminationFeePercent: e.RESERVATION_DESK_EARLY_TERMINATION_FEE_PERCENT,
      refundCap: e.RESERVATION_DESK_REFUND_CAP_USD,
      capWindowDays: e.RESERVATION_DESK_CAP_WINDOW_DAYS,
      requestExpiryDays: e.RESERVATION_DESK_REQUEST_EXPIRY_DAYS,
    },
    logLevel: e.LOG_LEVEL,
    ...defined({
      now: e.RESERVATION_DESK_NOW,
      slack: slackOf(e),
      teams: teamsOf(e),
      azure: azureOf(e, options.cwd),
    }),
  };
  return { ok: true, config };
};

/** Like {@link parseConfig}, but throws a {@link ConfigError} listing every problem. */
export const loadConfig = (env: Env, options: ConfigOptions): Config => {
  const result = parseConfig(env, options);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
};

export { describeConfig } from './config-describe.ts';
