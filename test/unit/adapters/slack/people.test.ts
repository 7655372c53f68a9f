import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { createSlackPeople, profileHints } from '../../../../adapters/slack/people.ts';
import type { Logger } from '../../../../adapters/system/logger.ts';

const recordingLog = () => {
  const warnings: Record<string, unknown>[] = [];
  const log: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (event, fields = {}) => void warnings.push({ event, ...fields }),
    error: () => undefined,
  };
  return { log, warnings };
};

/** A WebClient whose users.info answers from `locales` (or fails while `failing`), counting calls. */
const fakeClient = (locales: Record<string, string>) => {
  const state = { calls: 0, failing: false };
  const client = {
    users: {
      info: async ({ user }: { user: string }) => {
        state.calls += 1;
        if (state.failing) throw new Error('An API error occurred: missing_scope');
        return {
          ok: true,
          user: { locale: locales[user], tz: 'Asia/Shanghai', profile: { first_name: 'Li' } },
        };
      },
    },
  } as unknown as WebClient;
  return { client, state };
};

describe('Slack profiles, remembered per person', () => {
  it('asks users.info once per person until the answer is ten minutes old', async () => {
    let now = 0;
    const { client, state } = fakeClient({ U1: 'zh-CN' });
    const people = createSlackPeople({ log: recordingLog().log, now: () => now });
    const [a, b] = await Promise.all([people.get(client, 'U1'), people.get(client, 'U1')]);
    expect(a?.locale).toBe('zh-CN');
    expect(b).toEqual(a);
    now = 10 * 60_000 - 1;
    await people.get(client, 'U1');
    expect(state.calls).toBe(1);
    now = 10 * 60_000;
    await people.get(client, 'U1');
    expect(state.calls).toBe(2);
  });

  it('remembers at most maxEntries people, forgetting the oldest first', async () => {
    const { client, state } = fakeClient({});
    const people = createSlackPeople({ log: recordingLog().log, now: () => 0, maxEntries: 2 });
    for (const id of ['U1', 'U2', 'U3']) await people.get(client, id);
    await people.get(client, 'U3');
    expect(state.calls).toBe(3);
    await people.get(client, 'U1');
    expect(state.calls).toBe(4);
  });

  it('answers undefined when Slack fails, warns once, and asks again only after a minute', async () => {
    let now = 0;
    const { client, state } = fakeClient({ U1: 'zh-CN' });
    const { log, warnings } = recordingLog();
    const people = createSlackPeople({ log, now: () => now });
    state.failing = true;
    expect(await people.get(client, 'U1')).toBeUndefined();
    expect(await people.get(client, 'U1')).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({ event: 'slack_profile_unavailable', user: 'U1' }),
    ]);
    expect(String(warnings[0]?.action)).toContain('users:read');
    state.failing = false;
    now = 60_000;
    expect((await people.get(client, 'U1'))?.locale).toBe('zh-CN');
    expect(state.calls).toBe(2);
  });

  it('turns a profile into contact hints, with the country from the locale', () => {
    expect(profileHints({ locale: 'zh-CN', firstName: 'Li', timeZone: 'Asia/Shanghai' })).toEqual({
      firstName: 'Li',
      timeZone: 'Asia/Shanghai',
      country: 'CHN',
    });
    expect(profileHints(undefined)).toEqual({});
  });
});
