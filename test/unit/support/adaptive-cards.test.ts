import { describe, expect, it } from 'vitest';
import { expectValidCard, validateCard } from '../../support/adaptive-cards.ts';

/** An approval card as the Teams adapter sends it: Action.Execute with an Action.Submit fallback. */
const approvalCard = () => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Refund request RD-7KQ2M9XA', style: 'heading', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Reservation', value: 'VM_RI_D2s_weu' },
        { title: 'Refund', value: 'EUR 1,234.56' },
      ],
    },
    { type: 'Input.Text', id: 'reason', label: 'Reason', isMultiline: true },
  ],
  actions: [
    {
      type: 'Action.Execute',
      title: 'Approve',
      verb: 'approve',
      data: { requestId: 'RD-7KQ2M9XA' },
      fallback: {
        type: 'Action.Submit',
        title: 'Approve',
        data: { verb: 'approve', requestId: 'RD-7KQ2M9XA' },
      },
    },
  ],
});

describe('validateCard', () => {
  it('accepts a 1.5 card with Action.Execute and an Action.Submit fallback', () => {
    expect(validateCard(approvalCard())).toEqual([]);
    expect(() => expectValidCard(approvalCard())).not.toThrow();
  });

  it('reports an unknown element type and an unknown action type', () => {
    const card = {
      ...approvalCard(),
      body: [{ type: 'Frobnicator', text: 'x' }],
      actions: [{ type: 'Action.Teleport', title: 'Go' }],
    };
    expect(validateCard(card)).toEqual([
      expect.stringMatching(/^UnknownElementType: .*"Frobnicator"/),
      expect.stringMatching(/^UnknownActionType: .*"Action\.Teleport"/),
    ]);
  });

  it('reports missing required properties', () => {
    const card = {
      ...approvalCard(),
      body: [{ type: 'Input.Text', label: 'No id' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Open' }],
    };
    const errors = validateCard(card);
    expect(errors).toContainEqual(expect.stringMatching(/^PropertyCantBeNull: .*inputs must have/));
    expect(errors).toContainEqual(
      expect.stringMatching(/^PropertyCantBeNull: .*"url" must be set/),
    );
  });

  it('reports invalid property values and duplicate IDs', () => {
    const card = {
      ...approvalCard(),
      body: [
        { type: 'TextBlock', id: 'same', text: 'a', size: 'gigantic' },
        { type: 'TextBlock', id: 'same', text: 'b' },
      ],
    };
    expect(validateCard(card)).toEqual([
      expect.stringMatching(/^InvalidPropertyValue: .*"gigantic"/),
      expect.stringMatching(/^DuplicateId: .*"same"/),
    ]);
  });

  it('refuses versions above 1.5 and features newer than the declared version', () => {
    expect(validateCard({ ...approvalCard(), version: '1.6' })).toEqual([
      expect.stringContaining('version 1.6 is above 1.5'),
    ]);
    const olderCard = validateCard({ ...approvalCard(), version: '1.2' });
    expect(olderCard).toContainEqual(expect.stringMatching(/^UnsupportedProperty: .*"style"/));
    expect(olderCard).toContainEqual(
      expect.stringMatching(/^UnknownActionType: .*Action\.Execute/),
    );
  });

  it('refuses a missing or malformed version and a wrong card type', () => {
    const { version: _omitted, ...withoutVersion } = approvalCard();
    expect(validateCard(withoutVersion)).toEqual([expect.stringContaining('version must be')]);
    expect(validateCard({ ...approvalCard(), version: 'banana' })).toContainEqual(
      expect.stringContaining('version must be "major.minor", got "banana"'),
    );
    expect(validateCard({ ...approvalCard(), type: 'MessageCard' })).toContainEqual(
      expect.stringContaining('type must be "AdaptiveCard"'),
    );
  });

  it('throws every problem from expectValidCard', () => {
    const card = { ...approvalCard(), version: '2.0', body: [{ type: 'Frobnicator' }] };
    expect(() => expectValidCard(card)).toThrow(/version 2\.0 is above 1\.5[\s\S]*Frobnicator/);
  });
});
