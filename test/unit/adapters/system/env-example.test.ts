import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configVariables, parseConfig } from '../../../../adapters/system/config.ts';

const exampleText = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');
const assignments = exampleText
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
  .map((line) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match === null) throw new Error(`.env.example: not NAME=value: ${line}`);
    return [match[1] ?? '', match[2] ?? ''] as const;
  });
const lines = exampleText.split('\n');

describe('.env.example', () => {
  it('names exactly the variables parseConfig knows, each once', () => {
    const names = assignments.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.toSorted()).toEqual([...configVariables].toSorted());
  });

  it('puts a comment right above every variable', () => {
    for (const [name] of assignments) {
      const index = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(lines[index - 1], name).toMatch(/^# \S/);
    }
  });

  it('copied as it is, gives the defaults', () => {
    const options = { cwd: '/srv/desk', projectRoot: '/srv/desk' };
    expect(parseConfig(Object.fromEntries(assignments), options)).toEqual(parseConfig({}, options));
  });
});
