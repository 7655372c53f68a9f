import type { Block, Reply, Tone } from '../../src/chat/reply.ts';

export interface TextOptions {
  /** ANSI colour, for terminals only (never when output is piped). */
  readonly color?: boolean;
  /** Show buttons as numbered choices ("1) Refund"); the CLI leaves them out. */
  readonly numberActions?: boolean;
  readonly barWidth?: number;
}

const ansi = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33' } as const;

// East Asian wide characters and emoji take two columns in a terminal, combining marks none, so
// tables stay aligned in Chinese too.
const wide =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
const zeroWidth = /\p{M}|[\u200b-\u200f]|\ufe0f/u;
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const ch of text) width += zeroWidth.test(ch) ? 0 : wide.test(ch) ? 2 : 1;
  return width;
};
const pad = (text: string, width: number, align: 'left' | 'right' = 'left') => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
};

/**
 * Draws the chat-neutral reply as plain text: aligned tables, bars, labelled fields. The console
 * and the CLI print what Slack and Teams show, from the same reply.
 */
export const renderText = (r: Reply, options: TextOptions = {}): string => {
  const style = (code: string, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const toned = (tone: Tone | undefined, text: string) =>
    tone === 'error'
      ? style(ansi.red, text)
      : tone === 'warning'
        ? style(ansi.yellow, text)
        : tone === 'success'
          ? style(ansi.green, text)
          : tone === 'muted'
            ? style(ansi.dim, text)
            : text;
  const lines: string[] = [];
  let choice = 0;
  const draw = (b: Block) => {
    switch (b.type) {
      case 'header':
        lines.push(style(ansi.bold, b.text));
        return;
      case 'text':
        lines.push(toned(b.tone, b.text));
        return;
      case 'divider':
        lines.push('');
        return;
      case 'fields': {
        const width = Math.max(...b.fields.map((f) => displayWidth(f.label)));
        for (const f of b.fields) lines.push(`  ${pad(f.label, width)}  ${f.value}`);
        return;
      }
      case 'bar': {
        const size = options.barWidth ?? 20;
        const filled = Math.round(b.fraction * size);
        const meter = `${'█'.repeat(filled)}${'░'.repeat(size - filled)}`;
        lines.push(
          `  ${b.label}  ${b.fraction >= 0.9 ? style(ansi.yellow, meter) : meter}  ${b.caption}`,
        );
        return;
      }
      case 'table': {
        const widths = b.columns.map((c) =>
          Math.max(displayWidth(c.label), ...b.rows.map((row) => displayWidth(row[c.key] ?? ''))),
        );
        const line = (cells: string[]) => `  ${cells.join('  ')}`.trimEnd();
        lines.push(
          style(ansi.bold, line(b.columns.map((c, i) => pad(c.label, widths[i] ?? 0, c.align)))),
        );
        for (const row of b.rows)
          lines.push(line(b.columns.map((c, i) => pad(row[c.key] ?? '', widths[i] ?? 0, c.align))));
        return;
      }
      case 'actions':
        if (!options.numberActions) return;
        for (const a of b.actions) {
          choice += 1;
          lines.push(`  ${choice}) ${a.label}${a.url === undefined ? '' : `  ${a.url}`}`);
        }
        return;
    }
  };
  for (const block of r.blocks) draw(block);
  return lines.join('\n');
};
