import { randomBytes } from 'node:crypto';
import type { IdSource } from '../../src/ports.ts';

/**
 * Crockford's base32 alphabet: digits and capitals without I, L, O and U, so an ID read aloud or
 * retyped from a screenshot has no look-alike characters.
 */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Request IDs: "RD-" and 8 Crockford characters (40 random bits), e.g. "RD-7K3M9QXZ". */
export const requestIdPattern = /^RD-[0-9A-HJKMNP-TV-Z]{8}$/;

const idLength = 8;

/** Options for {@link randomIds}. */
export interface RandomIdsOptions {
  /** Source of random bytes; `node:crypto` randomBytes unless a test injects one. */
  readonly randomBytes?: (size: number) => Uint8Array;
}

/**
 * New request IDs from a cryptographic random source. 40 bits keep IDs short enough to type in
 * chat; the chance that two of 10,000 IDs collide is about 1 in 22,000, so the store should still
 * refuse a duplicate rather than overwrite.
 */
export const randomIds = (options: RandomIdsOptions = {}): IdSource => {
  const bytes = options.randomBytes ?? randomBytes;
  return {
    requestId: () => {
      // 256 is a multiple of 32, so keeping the low 5 bits of each byte is unbiased.
      const chars = Array.from(bytes(idLength), (b) => crockfordAlphabet.charAt(b & 31));
      return `RD-${chars.join('')}`;
    },
  };
};
