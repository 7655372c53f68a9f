import { z } from 'zod';
import { defaultPolicy } from '../../src/quotes/policy.ts';
import { parseMoney } from '../../src/shared/money.ts';
import { parseZonedInstant } from './clock.ts';

// Each message completes a sentence that starts with the variable and either the value in quotes
// (`PORT: "abc" is not a port; …`) or, for secrets and IDs, "is set but" (never the value).

/** Values the bot knows how to match case-insensitively, answered in their canonical spelling. */
const oneOf = <const T extends readonly string[]>(values: T, message: string) =>
  z.string().transform((text, ctx): T[number] => {
    const found = canonical(values, text);
    if (found === undefined) ctx.addIssue({ code: 'custom', message });
    return found ?? z.NEVER;
  });

/** The canonical spelling of `text` among `values` (case-insensitive), if it is one. */
export const canonical = <T extends string>(values: readonly T[], text: string | undefined) =>
  values.find((v) => v.toLowerCase() === text?.toLowerCase());

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));

const httpUrl = (example: string) =>
  z.url({ protocol: /^https?$/, error: `is not an http(s) URL; use a URL such as ${example}` });

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = (what: string) =>
  z.string().regex(guidPattern, `does not look like a GUID; use the ${what}`);
const tenant = (what: string) =>
  z.string().refine((v) => guidPattern.test(v) || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v), {
    message: `does not look like a tenant ID; use the ${what} (a GUID or contoso.onmicrosoft.com)`,
  });

const days = (min: number, example: number) =>
  wholeNumber(
    min,
    Number.MAX_SAFE_INTEGER,
    `is not a whole number of days of at least ${min}; use a number such as ${example}`,
  );

const usdAmount = z.string().transform((text, ctx) => {
  const parsed = parseMoney(text, 'USD');
  if (parsed.ok && parsed.value.minor >= 0n) return parsed.value;
  ctx.addIssue({
    code: 'custom',
    message:
      'is not a USD amount; use digits with at most 2 decimals and no separators, such as 50000.00',
  });
  return z.NEVER;
});

const percent =
  'is not a percentage; use a number from 0 to 100 with at most 2 decimals, such as 12';

const instant = z.string().transform((text, ctx) => {
  const normalized = parseZonedInstant(text);
  if (normalized !== undefined) return normalized;
  const zoneless = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text);
  ctx.addIssue({
    code: 'custom',
    message: zoneless
      ? 'has no time zone; add Z for UTC (or an offset such as +01:00), e.g. 2026-11-28T09:00:00Z'
      : 'is not an ISO-8601 instant; use a UTC time such as 2026-11-28T09:00:00Z or a date such as 2026-11-28',
  });
  return z.NEVER;
});

/** `MicrosoftAppType` values, as the Bot Framework spells them. */
export const teamsAppTypes = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const;
/** `RESERVATION_DESK_PROVIDER` values. */
export const providers = ['sandbox', 'azure'] as const;
/** `LOG_LEVEL` values, most verbose first. */
export const logLevels = ['debug', 'info', 'warn', 'error'] as const;

/** One zod schema per environment variable: the single list of settings the bot reads. */
const envShape = {
  PORT: wholeNumber(1, 65535, 'is not a port; use a number from 1 to 65535').default(3000),
  RESERVATION_DESK_DATA: z.string().optional(),
  RESERVATION_DESK_STORE: z.string().optional(),
  RESERVATION_DESK_NOW: instant.optional(),
  RESERVATION_DESK_PROVIDER: oneOf(providers, 'is not a provider; use sandbox or azure').default(
    'sandbox',
  ),
  RESERVATION_DESK_GRACE_DAYS: days(0, defaultPolicy.graceDays).default(defaultPolicy.graceDays),
  RESERVATION_DESK_EARLY_TERMINATION_FEE_PERCENT: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, percent)
    .transform(Number)
    .pipe(z.number().max(100, percent))
    .default(defaultPolicy.earlyTerminationFeePercent),
  RESERVATION_DESK_REFUND_CAP_USD: usdAmount.default(defaultPolicy.refundCap),
  RESERVATION_DESK_CAP_WINDOW_DAYS: days(1, 365).default(defaultPolicy.capWindowDays),
  RESERVATION_DESK_REQUEST_EXPIRY_DAYS: days(1, 14).default(defaultPolicy.requestExpiryDays),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .startsWith(
      'xoxb-',
      "does not start with xoxb-; use the Bot User OAuth Token from the app's OAuth & Permissions page",
    )
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith(
      'xapp-',
      "does not start with xapp-; use an app-level token with connections:write from the app's Basic Information page",
    )
    .optional(),
  SLACK_API_URL: httpUrl('https://slack.com/api/').optional(),
  SLACK_APPROVAL_CHANNEL: z
    .string()
    .regex(
      /^#?[A-Za-z0-9_-]{1,80}$/,
      'is not a Slack channel; use a channel ID such as C0123456789 or a name such as #approvals',
    )
    .optional(),
  MicrosoftAppId: guid("bot's Microsoft App ID from its Azure Bot resource").optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: oneOf(
    teamsAppTypes,
    'is not an app type; use SingleTenant, MultiTenant or UserAssignedMSI',
  ).default('MultiTenant'),
  MicrosoftAppTenantId: tenant("bot app registration's directory (tenant) ID").optional(),
  TEAMS_ALLOW_UNAUTHENTICATED: z
    .stringbool({
      truthy: ['true'],
      falsy: ['false'],
      case: 'insensitive',
      error: 'is not true or false; use true only for local development and tests, else false',
    })
    .default(false),
  AZURE_TENANT_ID: tenant("partner's Microsoft Entra tenant ID").optional(),
  AZURE_CLIENT_ID: guid("app registration's application (client) ID").optional(),
  AZURE_CLIENT_SECRET: z.string().optional(),
  AZURE_CLIENT_CERTIFICATE_PATH: z.string().optional(),
  AZURE_PARTNER_CENTER_URL: httpUrl('https://api.partnercenter.microsoft.com').default(
    'https://api.partnercenter.microsoft.com',
  ),
  AZURE_RESOURCE_MANAGER_URL: httpUrl('https://management.azure.com').default(
    'https://management.azure.com',
  ),
  LOG_LEVEL: oneOf(logLevels, 'is not a log level; use debug, info, warn or error').default('info'),
};

/** The zod schema of the environment, after {@link readRawEnv} dropped blank values. */
export const envSchema = z.object(envShape);
/** The environment, parsed: defaults applied, numbers and amounts typed, enums canonical. */
export type ParsedEnv = z.output<typeof envSchema>;
/** The name of an environment variable the bot reads. */
export type ConfigVariable = keyof typeof envShape;
/** Only these variables' values, trimmed; blank ones count as unset. */
export type RawEnv = Partial<Record<ConfigVariable, string>>;

/** Every environment variable the bot reads; `.env.example` documents exactly these. */
export const configVariables = Object.keys(envShape) as readonly ConfigVariable[];

/** Values masked in {@link describeConfig} output and never quoted in problems. */
export const secretVariables: ReadonlySet<ConfigVariable> = new Set([
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'MicrosoftAppPassword',
  'AZURE_CLIENT_SECRET',
]);

// IDs are not secrets, but a secret pasted into the wrong variable must not reach the log either.
const unquoted: ReadonlySet<ConfigVariable> = new Set([
  ...secretVariables,
  'MicrosoftAppId',
  'MicrosoftAppTenantId',
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_ID',
]);

/** Picks the known variables from `env`, trimmed; empty and blank values count as unset. */
export const readRawEnv = (env: Readonly<Record<string, string | undefined>>): RawEnv => {
  const raw: RawEnv = {};
  for (const name of configVariables) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') raw[name] = value;
  }
  return raw;
};

/** "NAME: "value" message", or "NAME: is set but message" for values that must not be echoed. */
export const problem = (name: ConfigVariable, raw: RawEnv, message: string): string => {
  const value = raw[name] ?? '';
  if (unquoted.has(name)) return `${name}: is set but ${message}`;
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return `${name}: ${JSON.stringify(shown)} ${message}`;
};
