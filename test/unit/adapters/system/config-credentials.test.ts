import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  describeConfig,
  loadConfig,
  parseConfig,
} from '../../../../adapters/system/config.ts';

const options = { cwd: '/srv/desk', projectRoot: '/opt/reservation-desk' };
const appId = '11111111-2222-3333-4444-555555555555';
const tenantId = '99999999-8888-7777-6666-555555555555';

const problemsOf = (env: Record<string, string>): readonly string[] => {
  const result = parseConfig(env, options);
  return result.ok ? [] : result.problems;
};
const configOf = (env: Record<string, string>) => loadConfig(env, options);

describe('Slack settings', () => {
  it('serves Slack over HTTP with a signing secret and a bot token', () => {
    const slack = configOf({
      SLACK_SIGNING_SECRET: 'shh',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_API_URL: 'http://127.0.0.1:4010/api/',
      SLACK_APPROVAL_CHANNEL: 'C0123456789',
    }).slack;
    expect(slack).toEqual({
      mode: 'http',
      signingSecret: 'shh',
      botToken: 'xoxb-1',
      apiUrl: 'http://127.0.0.1:4010/api/',
      approvalChannel: 'C0123456789',
    });
  });

  it('serves Slack over Socket Mode with an app token and a bot token, without a signing secret', () => {
    const slack = configOf({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' }).slack;
    expect(slack).toEqual({ mode: 'socket', appToken: 'xapp-1', botToken: 'xoxb-1' });
  });

  it('refuses a signing secret without a bot token, and a bot token without either companion', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'shh' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: is not set but SLACK_SIGNING_SECRET is;/),
    ]);
    expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-1' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: is not set but SLACK_APP_TOKEN is;/),
    ]);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET: is not set but SLACK_BOT_TOKEN is;/),
    ]);
  });

  it('refuses tokens of the wrong kind by their prefix', () => {
    expect(
      problemsOf({
        SLACK_BOT_TOKEN: 'xoxp-1',
        SLACK_APP_TOKEN: 'xoxb-2',
        SLACK_SIGNING_SECRET: 's',
      }),
    ).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: is set but does not start with xoxb-; use /),
      expect.stringMatching(/^SLACK_APP_TOKEN: is set but does not start with xapp-; use /),
    ]);
  });
});

describe('Teams settings', () => {
  it('leaves Teams off without an app ID or TEAMS_ALLOW_UNAUTHENTICATED=true', () => {
    expect('teams' in configOf({ TEAMS_ALLOW_UNAUTHENTICATED: 'false' })).toBe(false);
  });

  it('serves Teams unauthenticated for local development without an app ID', () => {
    expect(configOf({ TEAMS_ALLOW_UNAUTHENTICATED: 'TRUE' }).teams).toEqual({
      appType: 'MultiTenant',
      allowUnauthenticated: true,
    });
  });

  it('reads a single-tenant bot with its password and tenant', () => {
    const teams = configOf({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: tenantId,
    }).teams;
    expect(teams).toEqual({
      appId,
      appPassword: 'pw',
      appType: 'SingleTenant',
      appTenantId: tenantId,
      allowUnauthenticated: false,
    });
  });

  it('refuses incomplete bot credentials, naming the missing variable', () => {
    expect(problemsOf({ MicrosoftAppId: appId })).toEqual([
      expect.stringMatching(/^MicrosoftAppPassword: is not set; a MultiTenant bot needs/),
    ]);
    expect(problemsOf({ MicrosoftAppId: appId, MicrosoftAppType: 'UserAssignedMSI' })).toEqual([
      expect.stringMatching(/^MicrosoftAppTenantId: is not set; a UserAssignedMSI bot needs/),
    ]);
    expect(problemsOf({ MicrosoftAppPassword: 'pw', MicrosoftAppType: 'Single' })).toEqual([
      expect.stringMatching(/^MicrosoftAppType: "Single" is not an app type; use SingleTenant/),
      expect.stringMatching(/^MicrosoftAppPassword: is set but MicrosoftAppId is not;/),
      expect.stringMatching(/^MicrosoftAppType: is set but MicrosoftAppId is not;/),
    ]);
  });
});

describe('Azure settings', () => {
  it('reads Azure mode with a certificate resolved against the working directory', () => {
    const config = configOf({
      RESERVATION_DESK_PROVIDER: 'azure',
      AZURE_TENANT_ID: 'contoso.onmicrosoft.com',
      AZURE_CLIENT_ID: appId,
      AZURE_CLIENT_CERTIFICATE_PATH: 'certs/desk.pem',
    });
    expect(config.azure).toEqual({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: appId,
      clientCertificatePath: '/srv/desk/certs/desk.pem',
      partnerCenterUrl: 'https://api.partnercenter.microsoft.com',
      resourceManagerUrl: 'https://management.azure.com',
    });
  });

  it('ignores Azure credentials while the provider is the sandbox', () => {
    expect('azure' in configOf({ AZURE_CLIENT_SECRET: 'shh' })).toBe(false);
  });

  it('refuses Azure mode without a secret or a certificate', () => {
    const problems = problemsOf({
      RESERVATION_DESK_PROVIDER: 'azure',
      AZURE_TENANT_ID: tenantId,
      AZURE_CLIENT_ID: appId,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^AZURE_CLIENT_SECRET: is not set and neither is AZURE_CLIENT_CERT/),
    ]);
  });
});

describe('secrets', () => {
  const secret = 'S3CRET-VALUE';
  const malformed = {
    SLACK_SIGNING_SECRET: secret,
    SLACK_BOT_TOKEN: `xoxp-${secret}`,
    SLACK_APP_TOKEN: secret,
    MicrosoftAppId: secret,
    MicrosoftAppPassword: secret,
    MicrosoftAppTenantId: secret,
    MicrosoftAppType: 'UserAssignedMSI',
    RESERVATION_DESK_PROVIDER: 'azure',
    AZURE_TENANT_ID: secret,
    AZURE_CLIENT_ID: secret,
    AZURE_CLIENT_SECRET: secret,
  };

  it('never echoes a secret or an ID value in problems or in the thrown error', () => {
    const problems = problemsOf(malformed);
    expect(problems.length).toBeGreaterThanOrEqual(7);
    for (const problem of problems) {
      expect(problem).not.toContain(secret);
      expect(problem).toMatch(/^\w+: is (set but|not set)/);
    }
    expect(() => loadConfig(malformed, options)).toThrow(ConfigError);
    expect(() => loadConfig(malformed, options)).not.toThrow(secret);
  });

  it('masks secrets in the start-up description and lists the other settings', () => {
    const line = describeConfig(
      configOf({
        SLACK_SIGNING_SECRET: secret,
        SLACK_BOT_TOKEN: `xoxb-${secret}`,
        MicrosoftAppId: appId,
        MicrosoftAppPassword: secret,
        RESERVATION_DESK_PROVIDER: 'azure',
        AZURE_TENANT_ID: tenantId,
        AZURE_CLIENT_ID: appId,
        AZURE_CLIENT_SECRET: secret,
      }),
    );
    expect(line).not.toContain(secret);
    for (const key of [
      'slack.signingSecret',
      'slack.botToken',
      'teams.appPassword',
      'azure.clientSecret',
    ]) {
      expect(line).toContain(`${key}=[set]`);
    }
    expect(line).toContain('port=3000');
    expect(line).toContain('policy.refundCap="50000.00 USD"');
    expect(line).toContain(`azure.clientId=${appId}`);
  });
});
