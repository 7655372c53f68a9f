import { describe, expect, it } from 'vitest';
import { displayWidth, renderText } from '../../../adapters/render/text.ts';
import {
  actions,
  bar,
  field,
  fields,
  header,
  para,
  type Reply,
  reply,
  table,
} from '../../../src/chat/reply.ts';

const esc = '\u001b[';
const columns = [
  { key: 'name', label: 'Name' },
  { key: 'qty', label: 'Qty', align: 'right' as const },
  { key: 'scope', label: 'Scope' },
];
const rows = [
  { name: 'VM_RI_D2s_weu', qty: '2', scope: 'Shared' },
  { name: 'SQL', qty: '120', scope: 'Single subscription' },
  { name: '東京リザーブ', qty: '7', scope: 'Shared' },
];
const lines = (r: Reply, options = {}) => renderText(r, options).split('\n');
/** The display column where `cell` starts in `line` (wide characters count two). */
const columnOf = (line: string, cell: string) => displayWidth(line.slice(0, line.indexOf(cell)));

describe('displayWidth', () => {
  it.each([
    ['ASCII', 'Contoso', 7],
    ['Chinese', '东京', 4],
    ['Japanese kana', 'リザーブ', 8],
    ['Korean', '한국', 4],
    ['fullwidth forms', 'ＡＢ', 4],
    ['halfwidth katakana', 'ｱｲ', 2],
    ['mixed', 'VM 東京', 7],
    ['empty', '', 0],
    ['emoji', '🎉', 2],
    ['a combining accent', 'e\u0301', 1],
  ])('counts %s text %j as %i columns', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('renderText tables', () => {
  const drawn = lines(reply(table(columns, rows)));

  it('draws a header line and one line per row', () => {
    expect(drawn).toHaveLength(1 + rows.length);
    expect(drawn[0]).toMatch(/^ {2}Name +Qty {2}Scope$/);
  });

  it('starts each left-aligned column at the same display column on every line', () => {
    const at = (i: number, text: string) => columnOf(drawn[i] ?? '', text);
    expect([at(0, 'Name'), at(1, 'VM_RI'), at(2, 'SQL'), at(3, '東京')]).toEqual([2, 2, 2, 2]);
    const scope = at(0, 'Scope');
    expect([at(1, 'Shared'), at(2, 'Single'), at(3, 'Shared')]).toEqual([scope, scope, scope]);
  });

  it('right-aligns numbers so their last digits line up under the header', () => {
    const endOf = (line: string, after: string, cell: string) => {
      const at = line.indexOf(cell, line.indexOf(after) + after.length);
      return displayWidth(line.slice(0, at)) + displayWidth(cell);
    };
    const qtyEnd = endOf(drawn[0] ?? '', 'Name', 'Qty');
    const ends = rows.map((r, i) => endOf(drawn[i + 1] ?? '', r.name, r.qty));
    expect(ends).toEqual([qtyEnd, qtyEnd, qtyEnd]);
  });

  it('leaves no trailing spaces on a line', () => {
    for (const l of drawn) expect(l).toBe(l.trimEnd());
  });

  it('draws a missing cell as blank space', () => {
    const [, row] = lines(reply(table(columns, [{ name: 'X', scope: 'Shared' }])));
    expect(row).toBe(`  X${' '.repeat(3 + 2 + 3 + 2)}Shared`);
  });
});

describe('renderText fields, bars and texts', () => {
  it('aligns field values after the widest label', () => {
    expect(lines(reply(fields(field('Qty', '2'), field('Reservation ID', 'a0'))))).toEqual([
      '  Qty             2',
      '  Reservation ID  a0',
    ]);
  });

  it('aligns field values after wide labels by display width', () => {
    const [a, b] = lines(reply(fields(field('数量', '2'), field('ID', 'a0'))));
    expect(columnOf(a ?? '', '2')).toBe(columnOf(b ?? '', 'a0'));
  });

  it('fills a bar in proportion to its fraction, with its label and caption', () => {
    expect(renderText(reply(bar('Term used', 0.5, '50%')), { barWidth: 10 })).toBe(
      '  Term used  █████░░░░░  50%',
    );
    expect(renderText(reply(bar('Cap', 0, '0%')), { barWidth: 4 })).toBe('  Cap  ░░░░  0%');
    expect(renderText(reply(bar('Cap', 1, 'full')), { barWidth: 4 })).toBe('  Cap  ████  full');
  });

  it('keeps a bar within its width even when asked for more than the whole', () => {
    expect(renderText(reply(bar('Cap', 1.7, '170%')), { barWidth: 4 })).toBe('  Cap  ████  170%');
  });

  it('prints headers and texts as they are', () => {
    expect(renderText(reply(header('Title'), para('Body', 'muted')))).toBe('Title\nBody');
  });
});

describe('renderText actions', () => {
  const buttons = reply(
    para('Next'),
    actions({ kind: 'refund', label: 'Refund', value: 'r1' }),
    actions(
      { kind: 'exchange', label: 'Exchange', value: 'r1' },
      { kind: 'open-portal', label: 'Open in Azure portal', value: 'r1', url: 'https://portal' },
    ),
  );

  it('leaves actions out unless asked to number them', () => {
    expect(renderText(buttons)).toBe('Next');
  });

  it('numbers actions across blocks and shows a link beside its label', () => {
    expect(lines(buttons, { numberActions: true })).toEqual([
      'Next',
      '  1) Refund',
      '  2) Exchange',
      '  3) Open in Azure portal  https://portal',
    ]);
  });
});

describe('renderText colour', () => {
  const everything = reply(
    header('Title'),
    para('Refused', 'error'),
    para('Careful', 'warning'),
    para('Done', 'success'),
    para('Aside', 'muted'),
    table(columns, rows),
    bar('Cap', 0.95, 'nearly full'),
  );

  it('writes no ANSI codes by default', () => {
    expect(renderText(everything)).not.toContain(esc);
  });

  it('writes no ANSI codes when colour is off', () => {
    expect(renderText(everything, { color: false, numberActions: true })).not.toContain(esc);
  });

  it('colours headers, tones and a nearly full bar when colour is on', () => {
    const [title, error, warning, success, muted] = lines(everything, { color: true });
    expect(title).toBe('\u001b[1mTitle\u001b[0m');
    expect(error).toBe('\u001b[31mRefused\u001b[0m');
    expect(warning).toBe('\u001b[33mCareful\u001b[0m');
    expect(success).toBe('\u001b[32mDone\u001b[0m');
    expect(muted).toBe('\u001b[2mAside\u001b[0m');
    expect(renderText(everything, { color: true })).toContain('\u001b[33m███');
  });
});
