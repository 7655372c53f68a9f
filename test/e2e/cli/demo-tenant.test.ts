import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesOf,
  type CliRun,
  type CliSandbox,
  cliSandbox,
  exists,
  jsonOf,
  projectRoot,
} from '../../support/cli.ts';
import type { RawTenantFile } from '../../support/tenant-builders.ts';

// The shipped demo tenant (RESERVATION_DESK_DATA unset) carries the worked examples by name.

const demoPath = join(projectRoot, 'data', 'demo-tenant.json');
const demo = JSON.parse(readFileSync(demoPath, 'utf8')) as RawTenantFile;
const idOf = (displayName: string): string => {
  const found = demo.reservations.find((r) => r.displayName === displayName);
  if (found === undefined) throw new Error(`the demo tenant has no ${displayName}`);
  return found.id;
};

let sandbox: CliSandbox;
let demoBytes: Buffer;
let capCase: CliRun;
let textQuote: CliRun;

beforeAll(async () => {
  sandbox = await cliSandbox('demo');
  demoBytes = await bytesOf(demoPath);
  [capCase, textQuote] = await Promise.all([
    sandbox.run('quote', 'refund', 'VM_RI_E16_big', '--as-of', '2026-07-10', '--json'),
    sandbox.run('quote', 'refund', 'VM_RI_D2s_weu_spare', '--as-of', '2026-01-16'),
  ]);
}, 60_000);
afterAll(() => sandbox.remove());

describe('the CLI on the shipped demo tenant', () => {
  it("quotes Fabrikam's VM_RI_E16_big as the cap example: exceeds the cap until 2026-12-01", () => {
    expect(capCase).toMatchObject({ code: 0, stderr: '' });
    expect(jsonOf(capCase)).toEqual({
      reservationId: idOf('VM_RI_E16_big'),
      quantity: 10,
      currency: 'USD',
      daysSincePurchase: 181,
      remainingDays: 184,
      termDays: 365,
      hasUsage: true,
      creditBasis: 'prorated',
      credit: '12098.63',
      earlyTerminationFee: '1451.84',
      refund: '10646.79',
      capLimit: '50000.00',
      capCounted: '12098.63',
      capUsed: '49000.00',
      capRemaining: '1000.00',
      exceedsCap: true,
      maxQuantityWithinCap: 0,
      capAvailableOn: '2026-12-01',
    });
  });

  it('prints the unused A row of 2026-01-16 in text: $2,360.55 credit, $283.27 fee, $2,077.28', () => {
    expect(textQuote).toMatchObject({ code: 0, stderr: '' });
    expect(textQuote.stdout).toContain('VM_RI_D2s_weu_spare');
    expect(textQuote.stdout).toMatch(/^\s*Credit\s+\$2,360\.55$/m);
    expect(textQuote.stdout).toMatch(/^\s*Early termination fee\b.*\s\$283\.27$/m);
    expect(textQuote.stdout).toMatch(/^\s*Refund\s+\$2,077\.28$/m);
  });

  it('writes no ANSI escape codes when stdout is not a terminal', () => {
    expect(textQuote.stdout).not.toBe('');
    expect(textQuote.stdout.includes('\u001b')).toBe(false);
  });

  it('leaves the demo tenant as it was and creates no store file', async () => {
    expect(await bytesOf(demoPath)).toEqual(demoBytes);
    expect(await exists(sandbox.storePath)).toBe(false);
  });
});
