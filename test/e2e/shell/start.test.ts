import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDir, type TempDir } from '../../support/temp-dir.ts';
import { tenantFile } from '../../support/tenant-builders.ts';

const root = join(import.meta.dirname, '..', '..', '..');
let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir('start-');
});
afterEach(async () => dir.remove());

/** The environment of a newcomer's shell: no chat credentials, a store of its own. */
const cleanEnv = (extra: Record<string, string> = {}) => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(RESERVATION_DESK_|SLACK_|Microsoft|TEAMS_|AZURE_)/.test(k))
      env[k] = v;
  }
  return {
    ...env,
    RESERVATION_DESK_STORE: join(dir.path, 'store.json'),
    RESERVATION_DESK_NOW: '2026-11-28T10:00:00Z',
    ...extra,
  };
};
const start = (input: string, args: string[] = [], env = cleanEnv()) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'adapters/main.ts', ...args], {
    cwd: root,
    input,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('npm start', () => {
  it('opens the console on the demo tenant when no chat credentials are set, and works in a pipe', () => {
    const r = spawnSync('npm', ['start', '--silent'], {
      cwd: root,
      input: '/reservation help\nquit\n',
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Data:  ${join(root, 'data', 'demo-tenant.json')}`);
    expect(r.stdout).toContain(`Store: ${join(dir.path, 'store.json')}`);
    expect(r.stdout).toContain('/reservation refund VM_RI_D2s_weu 1');
    expect(r.stdout.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('exits 0 at the end of input without a quit (Ctrl-D)', () => {
    const r = start('customers\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Fabrikam Inc');
  });

  it('stops when Slack cannot check the bot token, without printing secrets, and --shell forces the console', () => {
    // Nothing listens on port 9 here: Slack cannot be reached, and the start says so at once.
    const env = cleanEnv({
      SLACK_SIGNING_SECRET: 'shhh-secret-value',
      SLACK_BOT_TOKEN: 'xoxb-1-2-3',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    const refused = start('', [], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Could not reach Slack at http://127.0.0.1:9/api/');
    expect(refused.stderr).not.toContain('shhh-secret-value');
    expect(refused.stderr).not.toContain('xoxb-1-2-3');
    const forced = start('whoami\n', ['--shell'], env);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('You are now Ana Silva (admin-agent).');
  });

  it('stops at a broken data file, naming every bad field, and leaves it untouched', async () => {
    const file = tenantFile();
    const broken = {
      ...file,
      reservations: [
        {
          ...file.reservations[0],
          price: { amount: '12.345', currency: 'USD' },
          purchaseDate: '2026-02-30',
        },
      ],
    };
    const path = join(dir.path, 'tenant.json');
    const text = JSON.stringify(broken, null, 2);
    await writeFile(path, text);
    const r = start('quit\n', [], cleanEnv({ RESERVATION_DESK_DATA: path }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toContain('reservations[0].price.amount');
    expect(r.stderr).toContain('reservations[0].purchaseDate');
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('refuses unknown arguments with the usage', () => {
    const r = start('', ['--slack']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm start [-- --shell]');
  });
});
