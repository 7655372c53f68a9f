import type { Action, Block, Reply, Tone } from '../../src/chat/reply.ts';

/** An Adaptive Card element or action; kept loose here, validated by the adaptivecards package in tests. */
export type CardElement = Record<string, unknown>;
export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
} & Record<string, unknown>;

export const cardContentType = 'application/vnd.microsoft.card.adaptive';
const schema = 'http://adaptivecards.io/schemas/adaptive-card.json';

const color: Readonly<Record<Tone, string>> = {
  plain: 'Default',
  muted: 'Default',
  success: 'Good',
  warning: 'Warning',
  error: 'Attention',
};

/** Verbs of Action.Execute: decisions and settlement steps, handled in onAdaptiveCardInvoke. */
const executeVerbs: Readonly<Partial<Record<Action['kind'], string>>> = {
  approve: 'approve',
  reject: 'reject',
  retry: 'retry',
  'record-microsoft-refund': 'recordMicrosoftRefund',
  'record-customer-credit': 'recordCustomerCredit',
};

/** Buttons that open a task module (the Teams modal) rather than act at once. */
const taskKinds: ReadonlySet<Action['kind']> = new Set([
  'refund',
  'exchange',
  'submit-refund',
  'submit-exchange',
  'scope',
]);

/**
 * One button. Decisions are Action.Execute (Universal Actions: the answer replaces the card for
 * every viewer) with an Action.Submit fallback for clients without them; forms open a task module.
 */
export const cardAction = (a: Action): CardElement => {
  if (a.url !== undefined) return { type: 'Action.OpenUrl', title: a.label, url: a.url };
  const data = {
    kind: a.kind,
    value: a.value,
    ...(a.quantity === undefined ? {} : { quantity: a.quantity }),
  };
  const verb = executeVerbs[a.kind];
  if (verb !== undefined) {
    return {
      type: 'Action.Execute',
      title: a.label,
      verb,
      data,
      ...(a.style === 'danger'
        ? { style: 'destructive' }
        : a.style === 'primary'
          ? { style: 'positive' }
          : {}),
      fallback: { type: 'Action.Submit', title: a.label, data: { ...data, verb } },
    };
  }
  if (taskKinds.has(a.kind))
    return {
      type: 'Action.Submit',
      title: a.label,
      data: { ...data, msteams: { type: 'task/fetch' } },
    };
  return { type: 'Action.Submit', title: a.label, data };
};

const text = (t: string, extra: CardElement = {}): CardElement => ({
  type: 'TextBlock',
  text: t,
  wrap: true,
  ...extra,
});

const element = (b: Block): CardElement[] => {
  switch (b.type) {
    case 'header':
      return [text(b.text, { size: 'Large', weight: 'Bolder' })];
    case 'text':
      return [
        text(b.text, {
          color: color[b.tone ?? 'plain'],
          ...(b.tone === 'muted' ? { isSubtle: true, size: 'Small' } : {}),
        }),
      ];
    case 'divider':
      return [{ type: 'Container', separator: true, items: [] }];
    case 'fields':
      return [
        {
          type: 'FactSet',
          facts: b.fields.map((f) => ({ title: f.label, value: f.value || '—' })),
        },
      ];
    case 'bar': {
      const filled = Math.round(b.fraction * 20);
      return [
        text(`**${b.label}** ${'█'.repeat(filled)}${'░'.repeat(20 - filled)} ${b.caption}`, {
          fontType: 'Monospace',
        }),
      ];
    }
    case 'table':
      return [
        {
          type: 'Table',
          firstRowAsHeader: true,
          showGridLines: false,
          columns: b.columns.map(() => ({ width: 1 })),
          rows: [
            {
              type: 'TableRow',
              cells: b.columns.map((c) => ({
                type: 'TableCell',
                items: [text(c.label, { weight: 'Bolder', size: 'Small' })],
              })),
            },
            ...b.rows.slice(0, 100).map((row) => ({
              type: 'TableRow',
              cells: b.columns.map((c) => ({
                type: 'TableCell',
                items: [
                  text(row[c.key] ?? '', {
                    size: 'Small',
                    ...(c.align === 'right' ? { horizontalAlignment: 'Right' } : {}),
                  }),
                ],
              })),
            })),
          ],
        },
      ];
    case 'actions':
      return [];
  }
};

/** Wraps body elements and actions into an Adaptive Card 1.5. */
export const card = (
  body: CardElement[],
  actions: CardElement[] = [],
  extra: Record<string, unknown> = {},
): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: schema,
  version: '1.5',
  body,
  ...(actions.length > 0 ? { actions } : {}),
  ...extra,
});

/** Draws the chat-neutral reply as an Adaptive Card: the same words as every other channel. */
export const toCard = (r: Reply, extra: Record<string, unknown> = {}): AdaptiveCard =>
  card(
    r.blocks.flatMap(element),
    r.blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map(cardAction) : [])),
    extra,
  );

/** A message activity carrying one card. */
export const cardActivity = (c: AdaptiveCard, summary: string) => ({
  type: 'message' as const,
  summary,
  attachments: [{ contentType: cardContentType, content: c }],
});
