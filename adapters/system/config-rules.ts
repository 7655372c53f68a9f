import { editDistance } from '../../src/shared/suggest.ts';
import {
  type ConfigVariable,
  canonical,
  configVariables,
  providers,
  type RawEnv,
  teamsAppTypes,
} from './config-schema.ts';

// Rules between variables read only whether a variable is set (and enum values, matched as the
// schema matches them), so they are reported beside any malformed value, all in one start-up.

const set = (raw: RawEnv, name: ConfigVariable) => raw[name] !== undefined;

const slackProblems = (raw: RawEnv): string[] => {
  const problems: string[] = [];
  const [secret, bot, app] = [
    set(raw, 'SLACK_SIGNING_SECRET'),
    set(raw, 'SLACK_BOT_TOKEN'),
    set(raw, 'SLACK_APP_TOKEN'),
  ];
  if (!bot && (secret || app)) {
    const by = secret ? 'SLACK_SIGNING_SECRET' : 'SLACK_APP_TOKEN';
    problems.push(
      `SLACK_BOT_TOKEN: is not set but ${by} is; Slack needs the Bot User OAuth Token (xoxb-…) too: set SLACK_BOT_TOKEN, or unset ${by}`,
    );
  }
  if (bot && !secret && !app) {
    problems.push(
      'SLACK_SIGNING_SECRET: is not set but SLACK_BOT_TOKEN is; set the Signing Secret (Basic Information → App Credentials) for Slack over HTTP, or SLACK_APP_TOKEN (xapp-…) for Socket Mode',
    );
  }
  return problems;
};

const teamsProblems = (raw: RawEnv): string[] => {
  const problems: string[] = [];
  if (!set(raw, 'MicrosoftAppId')) {
    for (const name of [
      'MicrosoftAppPassword',
      'MicrosoftAppType',
      'MicrosoftAppTenantId',
    ] as const) {
      if (set(raw, name)) {
        problems.push(
          `${name}: is set but MicrosoftAppId is not; set MicrosoftAppId to the bot's Microsoft App ID, or unset ${name}`,
        );
      }
    }
    return problems;
  }
  const type =
    raw.MicrosoftAppType === undefined
      ? 'MultiTenant'
      : canonical(teamsAppTypes, raw.MicrosoftAppType);
  const password = set(raw, 'MicrosoftAppPassword');
  if ((type === 'SingleTenant' || type === 'MultiTenant') && !password) {
    problems.push(
      `MicrosoftAppPassword: is not set; a ${type} bot needs the client secret of its app registration (or use MicrosoftAppType=UserAssignedMSI with a managed identity)`,
    );
  }
  if (type === 'UserAssignedMSI' && password) {
    problems.push(
      'MicrosoftAppPassword: is set but a UserAssignedMSI bot signs in with its managed identity, not a password; unset MicrosoftAppPassword',
    );
  }
  if (
    (type === 'SingleTenant' || type === 'UserAssignedMSI') &&
    !set(raw, 'MicrosoftAppTenantId')
  ) {
    problems.push(
      `MicrosoftAppTenantId: is not set; a ${type} bot needs the directory (tenant) ID of its app registration`,
    );
  }
  return problems;
};

const azureProblems = (raw: RawEnv): string[] => {
  if (canonical(providers, raw.RESERVATION_DESK_PROVIDER) !== 'azure') return [];
  const problems: string[] = [];
  const because = 'RESERVATION_DESK_PROVIDER is azure';
  if (!set(raw, 'AZURE_TENANT_ID')) {
    problems.push(
      `AZURE_TENANT_ID: is not set but ${because}; set the partner's Microsoft Entra tenant ID`,
    );
  }
  if (!set(raw, 'AZURE_CLIENT_ID')) {
    problems.push(
      `AZURE_CLIENT_ID: is not set but ${because}; set the application (client) ID of the app registration the bot signs in as`,
    );
  }
  if (!set(raw, 'AZURE_CLIENT_SECRET') && !set(raw, 'AZURE_CLIENT_CERTIFICATE_PATH')) {
    problems.push(
      `AZURE_CLIENT_SECRET: is not set and neither is AZURE_CLIENT_CERTIFICATE_PATH but ${because}; set one: the app registration's client secret, or the path of its PEM certificate`,
    );
  }
  return problems;
};

/** The resolved state and data files, which must differ: the bot writes its store. */
export interface ResolvedPaths {
  readonly dataPath: string;
  readonly storePath: string;
}

/** Problems between variables: incomplete credentials, and a store that would overwrite data. */
export const crossFieldProblems = (raw: RawEnv, paths: ResolvedPaths): string[] => [
  ...(paths.dataPath === paths.storePath
    ? [
        `RESERVATION_DESK_STORE: is the same file as RESERVATION_DESK_DATA (${paths.dataPath}); the bot writes its store and would overwrite the data, so use another file`,
      ]
    : []),
  ...slackProblems(raw),
  ...teamsProblems(raw),
  ...azureProblems(raw),
];

const prefix = 'RESERVATION_DESK_';
const own = configVariables.filter((known) => known.startsWith(prefix));

// A misspelling (GRACE_DAY) is a small edit away; a shorthand (FEE) is part of one name only.
const suggestion = (name: string): string | undefined => {
  const words = name.slice(prefix.length);
  const containing = own.filter((known) => known.includes(words));
  if (containing.length === 1) return containing[0];
  const nearest = own.toSorted((a, b) => editDistance(name, a) - editDistance(name, b))[0];
  return nearest !== undefined && editDistance(name, nearest) <= 2 ? nearest : undefined;
};

/**
 * `RESERVATION_DESK_*` variables the bot does not know. The prefix is ours, so a stranger is a
 * typo that would otherwise leave a policy setting silently at its default.
 */
export const unknownVariableProblems = (env: Readonly<Record<string, string | undefined>>) =>
  Object.entries(env)
    .filter(([name, value]) => name.startsWith(prefix) && value?.trim())
    .filter(([name]) => !(configVariables as readonly string[]).includes(name))
    .map(([name]) => {
      const nearest = suggestion(name);
      const hint =
        nearest === undefined ? `use one of ${own.join(', ')}` : `did you mean ${nearest}?`;
      return `${name}: is not a setting Reservation Desk knows; ${hint}`;
    });
