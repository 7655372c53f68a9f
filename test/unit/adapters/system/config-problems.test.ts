import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../../../adapters/system/config.ts';

const options = { cwd: '/srv/desk', projectRoot: '/opt/reservation-desk' };

const problemsOf = (env: Record<string, string | undefined>): readonly string[] => {
  const result = parseConfig(env, options);
  return result.ok ? [] : result.problems;
};

describe('parseConfig problems', () => {
  it.each([
    ['PORT', 'abc', 'PORT: "abc" is not a port; use a number from 1 to 65535'],
    ['PORT', '0', 'PORT: "0" is not a port'],
    ['PORT', '65536', 'PORT: "65536" is not a port'],
    ['PORT', '80.5', 'PORT: "80.5" is not a port'],
    ['RESERVATION_DESK_NOW', 'tomorrow', 'RESERVATION_DESK_NOW: "tomorrow" is not an ISO-8601'],
    ['RESERVATION_DESK_NOW', '2026-02-30', 'RESERVATION_DESK_NOW: "2026-02-30" is not an ISO'],
    ['RESERVATION_DESK_PROVIDER', 'aws', 'RESERVATION_DESK_PROVIDER: "aws" is not a provider; use'],
    ['RESERVATION_DESK_GRACE_DAYS', '-1', 'RESERVATION_DESK_GRACE_DAYS: "-1" is not a whole'],
    ['RESERVATION_DESK_GRACE_DAYS', 'five', 'RESERVATION_DESK_GRACE_DAYS: "five" is not a whole'],
    ['RESERVATION_DESK_EARLY_TERMINATION_FEE_PERCENT', '100.01', 'FEE_PERCENT: "100.01" is not a'],
    ['RESERVATION_DESK_EARLY_TERMINATION_FEE_PERCENT', '12.345', 'FEE_PERCENT: "12.345" is not a'],
    ['RESERVATION_DESK_EARLY_TERMINATION_FEE_PERCENT', '12%', 'FEE_PERCENT: "12%" is not a perc'],
    [
      'RESERVATION_DESK_REFUND_CAP_USD',
      '50,000',
      'RESERVATION_DESK_REFUND_CAP_USD: "50,000" is not',
    ],
    ['RESERVATION_DESK_REFUND_CAP_USD', '50000.001', 'REFUND_CAP_USD: "50000.001" is not a USD'],
    ['RESERVATION_DESK_REFUND_CAP_USD', '-1.00', 'REFUND_CAP_USD: "-1.00" is not a USD amount'],
    [
      'RESERVATION_DESK_CAP_WINDOW_DAYS',
      '0',
      'RESERVATION_DESK_CAP_WINDOW_DAYS: "0" is not a whole',
    ],
    [
      'RESERVATION_DESK_REQUEST_EXPIRY_DAYS',
      '0',
      'RESERVATION_DESK_REQUEST_EXPIRY_DAYS: "0" is not',
    ],
    ['SLACK_API_URL', 'slack.test:3000', 'SLACK_API_URL: "slack.test:3000" is not an http(s) URL'],
    ['SLACK_APPROVAL_CHANNEL', 'the approvers', 'SLACK_APPROVAL_CHANNEL: "the approvers" is not a'],
    [
      'TEAMS_ALLOW_UNAUTHENTICATED',
      'yes',
      'TEAMS_ALLOW_UNAUTHENTICATED: "yes" is not true or false',
    ],
    [
      'AZURE_PARTNER_CENTER_URL',
      'ftp://pc',
      'AZURE_PARTNER_CENTER_URL: "ftp://pc" is not an http(s)',
    ],
    [
      'AZURE_RESOURCE_MANAGER_URL',
      'arm',
      'AZURE_RESOURCE_MANAGER_URL: "arm" is not an http(s) URL',
    ],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL: "verbose" is not a log level; use debug, info, warn or'],
  ])('refuses %s=%j with a problem that names it and the fix', (name, value, expected) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
    expect(problems[0]).toMatch(/; use |; add /);
  });

  it('reports malformed values and missing companion variables together, in one list', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      RESERVATION_DESK_GRACE_DAYS: '-2',
      SLACK_SIGNING_SECRET: 'abc123',
      RESERVATION_DESK_PROVIDER: 'azure',
    });
    expect(problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual([
      'PORT',
      'RESERVATION_DESK_GRACE_DAYS',
      'LOG_LEVEL',
      'SLACK_BOT_TOKEN',
      'AZURE_TENANT_ID',
      'AZURE_CLIENT_ID',
      'AZURE_CLIENT_SECRET',
    ]);
  });

  it('refuses a store file that is the data file, which the bot would overwrite', () => {
    const problems = problemsOf({
      RESERVATION_DESK_DATA: 'data/tenant.json',
      RESERVATION_DESK_STORE: '/srv/desk/data/../data/tenant.json',
    });
    expect(problems).toEqual([expect.stringMatching(/^RESERVATION_DESK_STORE: is the same file/)]);
  });

  it('refuses an unknown RESERVATION_DESK_ variable and suggests the nearest name', () => {
    expect(problemsOf({ RESERVATION_DESK_GRACE_DAY: '3' })).toEqual([
      'RESERVATION_DESK_GRACE_DAY: is not a setting Reservation Desk knows; did you mean RESERVATION_DESK_GRACE_DAYS?',
    ]);
  });

  it('suggests the one setting a shorthand belongs to, or lists them all', () => {
    expect(problemsOf({ RESERVATION_DESK_FEE: '0' })).toEqual([
      expect.stringMatching(/did you mean RESERVATION_DESK_EARLY_TERMINATION_FEE_PERCENT\?$/),
    ]);
    expect(problemsOf({ RESERVATION_DESK_COLOR: 'blue' })).toEqual([
      expect.stringMatching(
        /^RESERVATION_DESK_COLOR: is not a setting .*; use one of RESERVATION_DESK_DATA, /,
      ),
    ]);
    expect(problemsOf({ RESERVATION_DESK_COLOR: '' })).toEqual([]);
  });
});

describe('loadConfig', () => {
  it('returns the config when the environment is valid', () => {
    expect(loadConfig({ PORT: '4000' }, options).port).toBe(4000);
  });

  it('throws a CONFIG_INVALID error that lists every problem', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' }, options);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({
      code: 'CONFIG_INVALID',
      problems: [expect.any(String), expect.any(String)],
    });
    expect((error as ConfigError).message).toContain('PORT: "abc"');
    expect((error as ConfigError).message).toContain('LOG_LEVEL: "loud"');
  });
});
