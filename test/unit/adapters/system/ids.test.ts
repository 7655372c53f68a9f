import { describe, expect, it } from 'vitest';
import { crockfordAlphabet, randomIds, requestIdPattern } from '../../../../adapters/system/ids.ts';

describe('randomIds', () => {
  it('makes request IDs of RD- and 8 Crockford base32 characters', () => {
    const ids = randomIds();
    for (let i = 0; i < 100; i++) {
      const id = ids.requestId();
      expect(id).toMatch(requestIdPattern);
      expect(id).not.toMatch(/[ILOU]/);
    }
  });

  // 40 random bits: 1,000 IDs collide about once in two million runs (the store also refuses a
  // duplicate), so this cannot flake in practice.
  it('makes 1,000 distinct IDs in a row', () => {
    const ids = randomIds();
    const seen = new Set(Array.from({ length: 1_000 }, () => ids.requestId()));
    expect(seen.size).toBe(1_000);
  });

  it('maps each random byte to one character without bias (low 5 bits)', () => {
    const bytes = [0, 1, 10, 17, 31, 32, 255, 224];
    const ids = randomIds({ randomBytes: (size) => Uint8Array.from(bytes.slice(0, size)) });
    expect(ids.requestId()).toBe('RD-01AHZ0Z0');
  });

  it('uses an alphabet of 32 distinct characters without I, L, O and U', () => {
    expect(new Set(crockfordAlphabet).size).toBe(32);
    expect(crockfordAlphabet).not.toMatch(/[ILOU]/);
    for (const char of crockfordAlphabet) expect(`RD-${char.repeat(8)}`).toMatch(requestIdPattern);
  });
});
