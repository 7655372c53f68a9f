import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The dependency rule (house-style.md: `src/` imports only zod, dayjs and itself, reads no
 * environment, clock or console) is enforced by Biome's `src/**` override in biome.json. These tests
 * run the real Biome binary on small temp projects that carry a copy of that config, so a change
 * to the config that loosens the rule fails here.
 *
 * The copy drops only `$schema` (a path relative to the repository's node_modules). Biome needs no
 * git repository, and `files.includes` (`src/**`, `adapters/**`, …) already fits the temp layout.
 * `--colors=off` keeps the diagnostics parseable whether or not a terminal is attached.
 */
const repo = join(import.meta.dirname, '../../..');
const biome = join(repo, 'node_modules/.bin/biome');
const config = (() => {
  const parsed = JSON.parse(readFileSync(join(repo, 'biome.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete parsed.$schema;
  return JSON.stringify(parsed, null, 2);
})();

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
}
interface LintRun {
  readonly status: number | null;
  readonly output: string;
  readonly diagnostics: readonly Diagnostic[];
}

const run = (cwd: string, target: string): LintRun => {
  const r = spawnSync(biome, ['lint', '--max-diagnostics=100', '--colors=off', target], {
    cwd,
    encoding: 'utf8',
  });
  if (r.error !== undefined) throw new Error('could not run biome', { cause: r.error });
  const output = `${r.stdout}\n${r.stderr}`;
  const diagnostics = [...output.matchAll(/^(\S+\.ts):(\d+):\d+ lint\/\w+\/(\w+)/gm)].map((m) => ({
    file: m[1] ?? '',
    line: Number(m[2]),
    rule: m[3] ?? '',
  }));
  return { status: r.status, output, diagnostics };
};

/** Lints a fresh temp project holding the project's config and `files` (path → source). */
const lintProject = (files: Readonly<Record<string, string>>): LintRun => {
  const root = mkdtempSync(join(tmpdir(), 'reservation-desk-lint-'));
  folders.push(root);
  writeFileSync(join(root, 'biome.json'), config);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return run(root, '.');
};

const offending = [
  "import { readFileSync } from 'node:fs';",
  "import { App } from '@slack/bolt';",
  "import { Low } from 'lowdb';",
  '',
  'export const region = process.env.X;',
  'export const now = new Date();',
  'console.log(readFileSync, App, Low, region, now);',
  '',
].join('\n');

const obedient = [
  "import dayjs from 'dayjs';",
  "import utc from 'dayjs/plugin/utc.js';",
  "import { z } from 'zod';",
  "import { unit } from './x.ts';",
  '',
  'dayjs.extend(utc);',
  'export const schema = z.object({ unit: z.literal(unit) });',
  '',
].join('\n');
const sibling = "export const unit = 'USD';\n";

const rulesAt = (r: LintRun, file: string, line: number) =>
  r.diagnostics.filter((d) => d.file === file && d.line === line).map((d) => d.rule);

describe('the dependency rule of src/, as Biome enforces it', () => {
  const bad = lintProject({ 'src/bad.ts': offending });

  it('fails the lint of a core file that breaks it', () => {
    expect(bad.status).not.toBe(0);
  });

  it.each([
    [1, 'node:fs'],
    [2, '@slack/bolt'],
    [3, 'lowdb'],
  ])('refuses the import on line %i (%s) with noRestrictedImports', (line) => {
    expect(rulesAt(bad, 'src/bad.ts', line)).toContain('noRestrictedImports');
  });

  it('says why an import is refused', () => {
    expect(bad.output).toContain('The domain core imports only zod, dayjs and itself');
  });

  it('also flags the node: import as a Node.js module', () => {
    expect(rulesAt(bad, 'src/bad.ts', 1)).toContain('noNodejsModules');
  });

  it('refuses process.env with noProcessEnv', () => {
    expect(rulesAt(bad, 'src/bad.ts', 5)).toContain('noProcessEnv');
  });

  it('refuses new Date() with noRestrictedGlobals, pointing to the Clock port', () => {
    expect(rulesAt(bad, 'src/bad.ts', 6)).toContain('noRestrictedGlobals');
    expect(bad.output).toContain('take the time from the Clock port');
  });

  it('refuses console with noConsole', () => {
    expect(rulesAt(bad, 'src/bad.ts', 7)).toContain('noConsole');
  });

  it('lints clean a core file importing only zod, dayjs and a relative module', () => {
    const good = lintProject({ 'src/good.ts': obedient, 'src/x.ts': sibling });
    expect(good.diagnostics).toEqual([]);
    expect(good.status).toBe(0);
  });

  it('applies only to src/: the same file is allowed in adapters/', () => {
    const adapter = lintProject({ 'adapters/bad.ts': offending });
    expect(adapter.diagnostics).toEqual([]);
    expect(adapter.status).toBe(0);
  });
});

describe('the real core', () => {
  // Exit 0 means no errors; warnings (an unused import mid-refactor) are the general lint's
  // business, so only the rules of the dependency rule must be silent here.
  const dependencyRules = [
    'noRestrictedImports',
    'noNodejsModules',
    'noProcessEnv',
    'noRestrictedGlobals',
    'noConsole',
  ];

  it('lints without errors and without a dependency-rule diagnostic', () => {
    const r = run(repo, 'src');
    expect(r.output).toMatch(/Checked [1-9]\d+ files/);
    expect(r.diagnostics.filter((d) => dependencyRules.includes(d.rule))).toEqual([]);
    expect(r.status).toBe(0);
  });
});
