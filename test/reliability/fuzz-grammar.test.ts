import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { commandNames, parseCommand } from '../../src/chat/grammar.ts';
import { errorCodes } from '../../src/shared/errors.ts';
import { hostileString } from '../support/mutations.ts';

// The command grammar under arbitrary and hostile text, shaped like commands so the fuzzing gets
// past the first word (test/unit/chat/grammar-robustness.test.ts covers unshaped strings).

const spaces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u200b');
const word = fc.oneof(
  fc.constantFrom(...commandNames),
  fc.constantFrom(...commandNames).map((w) => w.toUpperCase()),
  hostileString,
);
const argument = fc.oneof(
  hostileString,
  fc.constantFrom('"Contoso Ltd"', "'VM RI'", '"', "'", '2', '-1', '0.5', '1e3', 'RD-7KQ2M9XA'),
);
const commandLike = fc
  .tuple(fc.boolean(), word, fc.array(fc.tuple(spaces, argument), { maxLength: 6 }))
  .map(([prefixed, w, args]) => `${prefixed ? '/reservation ' : ''}${w}${args.flat().join('')}`);

describe('parseCommand, fuzzed with command-shaped input', () => {
  test.prop([fc.oneof(commandLike, fc.string({ unit: 'grapheme', maxLength: 400 }))], {
    numRuns: 500,
  })('answers a command of the grammar or a known refusal, never an exception', (input) => {
    const r = parseCommand(input);
    if (r.ok) {
      expect(commandNames).toContain(r.value.name);
      if (r.value.name === 'refund' && r.value.quantity !== undefined)
        expect(Number.isFinite(r.value.quantity)).toBe(true);
    } else {
      expect(errorCodes).toContain(r.error.code);
      expect(r.error.message.length).toBeGreaterThan(0);
    }
  });

  test.prop([commandLike, fc.integer({ min: 10_000, max: 200_000 })], { numRuns: 20 })(
    'refuses a huge unknown word quoting at most 60 characters of it',
    (input, size) => {
      const r = parseCommand(`${'z'.repeat(size)} ${input}`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(String(r.error.details.command).length).toBeLessThanOrEqual(60);
    },
  );
});
