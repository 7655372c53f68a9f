import type { Block, Reply, Tone } from '../../src/chat/reply.ts';
import { renderText } from '../render/text.ts';

/** A Slack Block Kit block; kept loose here, checked by Slack and by the tests. */
export type SlackBlock = Record<string, unknown>;

const maxText = 2900;
const maxBlocks = 50;

/** Slack's mrkdwn control characters, escaped so data never turns into markup or mentions. */
export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const clip = (text: string, max = maxText) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const plain = (text: string, max = 150) => ({
  type: 'plain_text',
  text: clip(text, max),
  emoji: true,
});
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text: clip(text) });

const toneMark: Readonly<Record<Tone, string>> = {
  plain: '',
  muted: '',
  success: ':white_check_mark: ',
  warning: ':warning: ',
  error: ':no_entry: ',
};

/** A drawn table's lines, escaped, in pieces that each fit one section with its fence. */
const tableChunks = (text: string): string[] => {
  const room = maxText - 6;
  const chunks: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = clip(escapeMrkdwn(raw), room);
    if (current !== '' && current.length + 1 + line.length > room) {
      chunks.push(current);
      current = line;
    } else current = current === '' ? line : `${current}\n${line}`;
  }
  return current === '' ? chunks : [...chunks, current];
};

/** Action IDs carry the kind; values carry only IDs (never amounts). */
export const actionId = (kind: string) => `rd:${kind}`;

const blockFor = (b: Block): SlackBlock[] => {
  switch (b.type) {
    case 'header':
      return [{ type: 'header', text: plain(b.text) }];
    case 'text':
      return b.tone === 'muted'
        ? [{ type: 'context', elements: [mrkdwn(escapeMrkdwn(b.text))] }]
        : [
            {
              type: 'section',
              text: mrkdwn(`${toneMark[b.tone ?? 'plain']}${escapeMrkdwn(b.text)}`),
            },
          ];
    case 'divider':
      return [{ type: 'divider' }];
    case 'fields': {
      const sections: SlackBlock[] = [];
      for (let i = 0; i < b.fields.length; i += 10) {
        const chunk = b.fields.slice(i, i + 10);
        sections.push({
          type: 'section',
          fields: chunk.map((f) =>
            mrkdwn(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value) || '—'}`),
          ),
        });
      }
      return sections;
    }
    case 'bar': {
      const text = renderText({ blocks: [{ ...b, label: '' }] }, { barWidth: 20 }).trim();
      return [
        { type: 'section', text: mrkdwn(`*${escapeMrkdwn(b.label)}*  \`${escapeMrkdwn(text)}\``) },
      ];
    }
    case 'table': {
      // Slack has no table block; an aligned code block reads like one, in every client. A long
      // table goes in several blocks, split between rows, so no row is cut off.
      return tableChunks(renderText({ blocks: [b] })).map((chunk) => ({
        type: 'section',
        text: mrkdwn(`\`\`\`${chunk}\`\`\``),
      }));
    }
    case 'actions':
      return [
        {
          type: 'actions',
          elements: b.actions.slice(0, 25).map((a) => ({
            type: 'button',
            action_id: actionId(a.kind),
            text: plain(a.label, 75),
            value: a.quantity === undefined ? a.value : `${a.value}|${a.quantity}`,
            ...(a.style === undefined ? {} : { style: a.style }),
            ...(a.url === undefined ? {} : { url: a.url }),
          })),
        },
      ];
  }
};

/** Draws the chat-neutral reply as Block Kit, within Slack's limits (50 blocks, 3000 characters). */
export const toBlocks = (r: Reply): SlackBlock[] => r.blocks.flatMap(blockFor).slice(0, maxBlocks);

/** The notification text Slack shows where blocks cannot be drawn (and reads to screen readers). */
export const fallbackText = (r: Reply): string => clip(renderText(r).split('\n')[0] ?? '', 300);
