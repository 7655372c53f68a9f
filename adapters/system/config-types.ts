import type { PolicyProfile } from '../../src/quotes/policy.ts';
import type { Instant } from '../../src/shared/time.ts';
import type { logLevels, providers, teamsAppTypes } from './config-schema.ts';

/** Where reservations come from: the sandbox data file, or Azure and Partner Center. */
export type Provider = (typeof providers)[number];
/** How the Teams bot signs in (Bot Framework `MicrosoftAppType`). */
export type TeamsAppType = (typeof teamsAppTypes)[number];
/** The least severe log entries written. */
export type LogLevel = (typeof logLevels)[number];

/** Slack over HTTP (`POST /slack/events`): the signing secret verifies each request. */
export interface SlackHttpConfig {
  readonly mode: 'http';
  readonly signingSecret: string;
  readonly botToken: string;
  readonly apiUrl?: string;
  readonly approvalChannel?: string;
}

/** Slack over Socket Mode: the app-level token opens the socket; no signing secret is needed. */
export interface SlackSocketConfig {
  readonly mode: 'socket';
  readonly appToken: string;
  readonly botToken: string;
  readonly signingSecret?: string;
  readonly apiUrl?: string;
  readonly approvalChannel?: string;
}

export type SlackConfig = SlackHttpConfig | SlackSocketConfig;

/** Teams over the Bot Framework (`POST /api/messages`). */
export interface TeamsConfig {
  /** Absent only when `allowUnauthenticated` is true (local development and tests). */
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: TeamsAppType;
  readonly appTenantId?: string;
  readonly allowUnauthenticated: boolean;
}

/** Azure mode: the app registration the bot signs in as, with a secret or a certificate. */
export interface AzureConfig {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  /** Absolute path of the PEM certificate, resolved against the working directory. */
  readonly clientCertificatePath?: string;
  readonly partnerCenterUrl: string;
  readonly resourceManagerUrl: string;
}

/** Everything the process reads from its environment, validated once at start. */
export interface Config {
  readonly port: number;
  /** Absolute path of the sandbox data file. */
  readonly dataPath: string;
  /** Absolute path of the bot's own state file. */
  readonly storePath: string;
  /** A fixed "now" for demos and tests, normalized to `toISOString()`. */
  readonly now?: Instant;
  readonly provider: Provider;
  readonly policy: PolicyProfile;
  /** Present only when Slack credentials are set. */
  readonly slack?: SlackConfig;
  /** Present when `MicrosoftAppId` is set or `TEAMS_ALLOW_UNAUTHENTICATED=true`. */
  readonly teams?: TeamsConfig;
  /** Present only when the provider is `azure`. */
  readonly azure?: AzureConfig;
  readonly logLevel: LogLevel;
}

/** Where relative paths resolve from, and where the shipped `data/` folder lives. */
export interface ConfigOptions {
  readonly cwd: string;
  readonly projectRoot: string;
}

/** The configuration, or every problem found; each names the variable and the fix. */
export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly problems: readonly string[] };
