import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, type CliSandbox, cliSandbox, jsonOf } from '../../support/cli.ts';
import { reservation, tenantFile } from '../../support/tenant-builders.ts';

// Refusals exit 1 with `{"error":{"code","message"}}` on stdout; bad usage exits 2 with help on stderr.

const usedA = reservation({ displayName: 'VM_RI_D2s_weu' });
const data = tenantFile({ reservations: [usedA] });
const quoteA = ['quote', 'refund', usedA.id, '--json'];

const refusals = [
  {
    refusal: 'an as-of date on the expiry date',
    args: [...quoteA, '--as-of', '2027-01-10'],
    code: 'RESERVATION_EXPIRED',
    says: '2027-01-10',
  },
  {
    refusal: 'an as-of date before the purchase',
    args: [...quoteA, '--as-of', '2026-01-09'],
    code: 'AS_OF_BEFORE_PURCHASE',
    says: '2026-01-10',
  },
  {
    refusal: 'a quantity above the reservation’s',
    args: [...quoteA, '--quantity', '3'],
    code: 'INVALID_QUANTITY',
    says: '1 to 2',
  },
  {
    refusal: 'a date that does not exist',
    args: [...quoteA, '--as-of', '2026-02-30'],
    code: 'INVALID_DATE',
    says: '2026-02-30',
  },
  {
    refusal: 'an unknown reservation, suggesting the nearest name',
    args: ['quote', 'refund', 'VM_RI_D2s_wue', '--json'],
    code: 'RESERVATION_NOT_FOUND',
    says: 'Did you mean "VM_RI_D2s_weu"',
  },
];

const misuses = [
  { misuse: 'no command', args: [], says: 'Usage:' },
  { misuse: 'an unknown command', args: ['frobnicate', '--json'], says: '"frobnicate"' },
  {
    misuse: '"quote" without refund or exchange',
    args: ['quote', 'VM_RI_D2s_weu', '--json'],
    says: '"refund" or "exchange"',
  },
  {
    misuse: 'a quote without a reservation',
    args: ['quote', 'refund', '--json'],
    says: 'needs a reservation',
  },
  {
    misuse: 'an unknown option',
    args: ['quote', 'refund', 'VM_RI_D2s_weu', '--bogus'],
    says: '--bogus',
  },
  {
    misuse: 'an exchange quote without --new-total',
    args: ['quote', 'exchange', 'VM_RI_D2s_weu', '--json'],
    says: '--new-total',
  },
];

const help = ['--help'];

let sandbox: CliSandbox;
const runs = new Map<string, CliRun>();
const ran = (args: readonly string[]): CliRun => {
  const run = runs.get(JSON.stringify(args));
  if (run === undefined) throw new Error(`not run: ${args.join(' ')}`);
  return run;
};

beforeAll(async () => {
  sandbox = await cliSandbox(data);
  const all = [...refusals.map((r) => r.args), ...misuses.map((m) => m.args), help];
  const results = await Promise.all(all.map((args) => sandbox.run(...args)));
  all.forEach((args, i) => {
    runs.set(JSON.stringify(args), results[i] as CliRun);
  });
}, 90_000);
afterAll(() => sandbox.remove());

describe('a refused quote prints the error as JSON on stdout and exits 1', () => {
  it.each(refusals)('$code for $refusal', ({ args, code, says }) => {
    const run = ran(args);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    const body = jsonOf(run) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['code', 'message']);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(says);
  });
});

describe('bad usage exits 2 with the usage text on stderr and nothing on stdout', () => {
  it.each(misuses)('for $misuse', ({ args, says }) => {
    const run = ran(args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(says);
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).toContain('quote exchange <reservation> --new-total AMOUNT');
  });
});

describe('--help', () => {
  it('prints the usage text on stdout and exits 0', () => {
    const run = ran(help);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Usage:');
    expect(run.stdout).toContain('quote refund <reservation>');
  });
});
