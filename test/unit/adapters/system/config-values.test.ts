import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../adapters/system/config.ts';
import { defaultPolicy } from '../../../../src/quotes/policy.ts';
import { money } from '../../../../src/shared/money.ts';

const options = { cwd: '/srv/desk', projectRoot: '/opt/reservation-desk' };

const problemsOf = (env: Record<string, string | undefined>): readonly string[] => {
  const result = parseConfig(env, options);
  return result.ok ? [] : result.problems;
};

describe('parseConfig defaults', () => {
  it('starts the sandbox on port 3000 with the shipped demo tenant when nothing is set', () => {
    const result = parseConfig({}, options);
    expect(result).toEqual({
      ok: true,
      config: {
        port: 3000,
        dataPath: '/opt/reservation-desk/data/demo-tenant.json',
        storePath: '/opt/reservation-desk/data/store.json',
        provider: 'sandbox',
        policy: defaultPolicy,
        logLevel: 'info',
      },
    });
  });

  it('treats empty and blank values as unset', () => {
    const result = parseConfig({ PORT: '', LOG_LEVEL: '  ', SLACK_BOT_TOKEN: '' }, options);
    expect(result.ok && result.config.port).toBe(3000);
    expect(result.ok && result.config.logLevel).toBe('info');
    expect(result.ok && 'slack' in result.config).toBe(false);
  });

  it('ignores variables that are not its own', () => {
    expect(parseConfig({ HOME: '/root', AZURE_SUBSCRIPTION_ID: 'x' }, options).ok).toBe(true);
  });
});

describe('parseConfig values', () => {
  it('reads every core and policy setting', () => {
    const result = parseConfig(
      {
        PORT: '8080',
        RESERVATION_DESK_DATA: 'tenants/acme.json',
        RESERVATION_DESK_STORE: '/var/lib/desk/store.json',
        RESERVATION_DESK_PROVIDER: 'Sandbox',
        RESERVATION_DESK_GRACE_DAYS: '0',
        RESERVATION_DESK_EARLY_TERMINATION_FEE_PERCENT: '12.5',
        RESERVATION_DESK_REFUND_CAP_USD: '25000.5',
        RESERVATION_DESK_CAP_WINDOW_DAYS: '30',
        RESERVATION_DESK_REQUEST_EXPIRY_DAYS: '7',
        LOG_LEVEL: 'DEBUG',
      },
      options,
    );
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 8080,
        dataPath: '/srv/desk/tenants/acme.json',
        storePath: '/var/lib/desk/store.json',
        provider: 'sandbox',
        policy: {
          graceDays: 0,
          earlyTerminationFeePercent: 12.5,
          refundCap: money(2_500_050n, 'USD'),
          capWindowDays: 30,
          requestExpiryDays: 7,
        },
        logLevel: 'debug',
      },
    });
  });

  it('normalizes RESERVATION_DESK_NOW to a UTC ISO string', () => {
    const now = (text: string) => {
      const result = parseConfig({ RESERVATION_DESK_NOW: text }, options);
      return result.ok ? result.config.now : result.problems;
    };
    expect(now('2026-11-28T09:00:00Z')).toBe('2026-11-28T09:00:00.000Z');
    expect(now('2026-11-28T10:00:00+01:00')).toBe('2026-11-28T09:00:00.000Z');
    expect(now('2026-11-28')).toBe('2026-11-28T00:00:00.000Z');
  });

  it('refuses a RESERVATION_DESK_NOW without a zone and says to add Z', () => {
    expect(problemsOf({ RESERVATION_DESK_NOW: '2026-11-28T09:00' })).toEqual([
      'RESERVATION_DESK_NOW: "2026-11-28T09:00" has no time zone; add Z for UTC (or an offset such as +01:00), e.g. 2026-11-28T09:00:00Z',
    ]);
  });
});
