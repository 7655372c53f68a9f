import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { claimedValue, createSeal, deriveKey, processKey } from '../../adapters/slack/seal.ts';

// The seal behind tamper-evidence (adapters/slack/seal.ts): what it sealed opens only in the same
// context and only unedited.

const seal = createSeal(deriveKey('test-signing-secret-8f2a', 'slack-values'));

describe('sealed values', () => {
  test.prop([fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 })], { numRuns: 200 })(
    'open to what was sealed, in the context they were sealed for',
    (value, context) => {
      const token = seal.seal(value, context);
      expect(seal.open(token, context)).toBe(value);
      expect(claimedValue(token)).toBe(value);
    },
  );

  test.prop([fc.string({ maxLength: 60 }), fc.string({ minLength: 1, maxLength: 60 }), fc.nat()], {
    numRuns: 200,
  })('do not open once a character of them is changed', (value, context, at) => {
    const token = seal.seal(value, context);
    const i = at % token.length;
    const edited = `${token.slice(0, i)}${token[i] === 'x' ? 'y' : 'x'}${token.slice(i + 1)}`;
    expect(seal.open(edited, context)).toBeUndefined();
  });

  it('do not open in another context, under another key, or without a tag', () => {
    const token = seal.seal('RD-TEST0001', 'slack-button:C0CONTOSO');
    expect(seal.open(token, 'slack-button:C0FABRIKAM')).toBeUndefined();
    const other = createSeal(deriveKey('another-secret', 'slack-values'));
    expect(other.open(token, 'slack-button:C0CONTOSO')).toBeUndefined();
    expect(createSeal(processKey('x')).open(token, 'slack-button:C0CONTOSO')).toBeUndefined();
    expect(seal.open('RD-TEST0001', 'slack-button:C0CONTOSO')).toBeUndefined();
    expect(seal.open(`${token}~`, 'slack-button:C0CONTOSO')).toBeUndefined();
    expect(seal.open(token.slice(0, -1), 'slack-button:C0CONTOSO')).toBeUndefined();
  });

  it('derive different keys for different purposes from one secret', () => {
    expect(deriveKey('s', 'slack-values').equals(deriveKey('s', 'teams-values'))).toBe(false);
  });
});
