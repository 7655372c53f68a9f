import { afterEach, describe, expect, it } from 'vitest';
import { chatListRows, handleText } from '../../../src/chat/handle.ts';
import { translator } from '../../../src/chat/views/format.ts';
import { type Harness, openDesk } from '../../support/desk-harness.ts';
import { reservation } from '../../support/tenant-builders.ts';

let h: Harness;
afterEach(() => h?.close());

// 40 reservations expiring one day apart, listed out of order in the data file.
const many = Array.from({ length: 40 }, (_, i) =>
  reservation({
    displayName: `VM_RI_${String(i).padStart(2, '0')}`,
    expiryDate: `2027-01-${String(((i * 7) % 28) + 1).padStart(2, '0')}`,
  }),
);

const tableRows = (r: Awaited<ReturnType<typeof handleText>>) => {
  const table = r.blocks.find((b) => b.type === 'table');
  if (table?.type !== 'table') throw new Error('no table');
  return table.rows;
};

describe('list in a chat message', () => {
  it('draws the soonest to expire in Slack and Teams, and says how many more there are', async () => {
    h = await openDesk({ file: { reservations: many } });
    const actor = await h.as('dev');
    for (const [channel, locale] of [
      ['slack', 'en-US'],
      ['teams', 'zh-CN'],
    ] as const) {
      const r = await handleText(h.desk, 'list contoso', { actor, channel, locale });
      const rows = tableRows(r);
      expect(rows).toHaveLength(chatListRows);
      const expiries = rows.map((row) => row.expires);
      const all = (await h.desk.reservations('contoso')).ok;
      expect(all).toBe(true);
      // The first rows of the full, soonest-first list.
      const full = tableRows(
        await handleText(h.desk, 'list contoso', { actor, channel: 'shell', locale }),
      );
      expect(full).toHaveLength(40);
      expect(expiries).toEqual(full.slice(0, chatListRows).map((row) => row.expires));
      const note = r.blocks.at(-1);
      expect(note).toEqual({
        type: 'text',
        text: translator(locale)('list.more', { shown: chatListRows, count: 40 }),
        tone: 'muted',
      });
    }
  });

  it('draws every row in the console and the CLI, and no note when all fit', async () => {
    h = await openDesk({ file: { reservations: many.slice(0, 3) } });
    const actor = await h.as('dev');
    const r = await handleText(h.desk, 'list contoso', {
      actor,
      channel: 'slack',
      locale: 'en-US',
    });
    expect(tableRows(r)).toHaveLength(3);
    expect(r.blocks.some((b) => b.type === 'text' && b.tone === 'muted')).toBe(false);
  });
});
