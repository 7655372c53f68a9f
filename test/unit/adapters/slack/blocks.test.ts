import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, toBlocks } from '../../../../adapters/slack/blocks.ts';
import { actions, fields, header, para, reply, table } from '../../../../src/chat/reply.ts';

describe('Block Kit from the reply model', () => {
  it('escapes data so it never becomes markup or a mention', () => {
    expect(escapeMrkdwn('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
    const [block] = toBlocks(reply(para('Customer <!here> said hi')));
    expect(JSON.stringify(block)).toContain('&lt;!here&gt;');
  });

  it('splits more than ten fields into several sections, as Slack requires', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ label: `L${i}`, value: `V${i}` }));
    const blocks = toBlocks(reply(fields(...many)));
    expect(blocks.map((b) => (b.fields as unknown[]).length)).toEqual([10, 2]);
  });

  it('draws tables as aligned code blocks and clips long text under Slack limits', () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ a: `row-${i}`, b: 'x'.repeat(20) }));
    const [block] = toBlocks(
      reply(
        table(
          [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
          rows,
        ),
      ),
    );
    const text = (block as { text: { text: string } }).text.text;
    expect(text.startsWith('```')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(3000);
  });

  it('splits a long table between rows into several blocks, never cutting a row', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      a: `row-${i}`,
      b: `<${'x'.repeat(60)}>`,
    }));
    const blocks = toBlocks(
      reply(
        table(
          [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
          rows,
        ),
      ),
    );
    const texts = blocks.map((b) => (b as { text: { text: string } }).text.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(3000);
      expect(t.startsWith('```') && t.endsWith('```')).toBe(true);
    }
    const lines = texts.flatMap((t) => t.slice(3, -3).split('\n'));
    // The header line, then every row whole and in order, escaped.
    expect(lines[0]?.trim().split(/\s+/)).toEqual(['A', 'B']);
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(rows.map((r) => r.a));
    expect(lines.slice(1).every((l) => l.includes(`&lt;${'x'.repeat(60)}&gt;`))).toBe(true);
  });

  it('keeps at most 50 blocks and 150-character headers', () => {
    const blocks = toBlocks(
      reply(header('h'.repeat(400)), ...Array.from({ length: 80 }, (_, i) => para(`p${i}`))),
    );
    expect(blocks).toHaveLength(50);
    expect((blocks[0] as { text: { text: string } }).text.text.length).toBe(150);
  });

  it('turns actions into buttons whose values carry IDs and quantities only', () => {
    const [block] = toBlocks(
      reply(
        actions(
          { kind: 'submit-refund', label: 'Request', value: 'res-1', quantity: 2 },
          {
            kind: 'open-portal',
            label: 'Portal',
            value: 'res-1',
            url: 'https://portal.azure.com/x',
          },
        ),
      ),
    );
    expect(block?.elements).toEqual([
      expect.objectContaining({ action_id: 'rd:submit-refund', value: 'res-1|2' }),
      expect.objectContaining({ action_id: 'rd:open-portal', url: 'https://portal.azure.com/x' }),
    ]);
  });
});
