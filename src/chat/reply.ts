/**
 * The chat-neutral reply: what the bot says, as blocks every channel can draw (Slack Block Kit,
 * Adaptive Cards, the console, the CLI). All text in it comes from the message catalog.
 */
export type Tone = 'plain' | 'muted' | 'success' | 'warning' | 'error';

export interface Field {
  readonly label: string;
  readonly value: string;
}

export interface Column {
  readonly key: string;
  readonly label: string;
  readonly align?: 'left' | 'right';
}

/** What a button does; the channel turns it into a modal, a prompt or a link. */
export type ActionKind =
  | 'refund'
  | 'exchange'
  | 'scope'
  | 'show'
  | 'submit-refund'
  | 'submit-exchange'
  | 'approve'
  | 'reject'
  | 'retry'
  | 'record-microsoft-refund'
  | 'record-customer-credit'
  | 'open-portal';

export interface Action {
  readonly kind: ActionKind;
  readonly label: string;
  /** The ID the action is about (reservation or request); never an amount. */
  readonly value: string;
  /** For submit actions: the quantity quoted, the form's default. */
  readonly quantity?: number;
  readonly style?: 'primary' | 'danger';
  readonly url?: string;
}

export type Block =
  | { readonly type: 'header'; readonly text: string }
  | { readonly type: 'text'; readonly text: string; readonly tone?: Tone }
  | { readonly type: 'fields'; readonly fields: readonly Field[] }
  | {
      readonly type: 'table';
      readonly columns: readonly Column[];
      readonly rows: readonly Readonly<Record<string, string>>[];
    }
  | {
      readonly type: 'bar';
      readonly label: string;
      readonly fraction: number;
      readonly caption: string;
    }
  | { readonly type: 'actions'; readonly actions: readonly Action[] }
  | { readonly type: 'divider' };

export interface Reply {
  readonly blocks: readonly Block[];
  /** Errors and refusals set this so channels can show them as such. */
  readonly tone?: Tone;
}

export const reply = (...blocks: Block[]): Reply => ({ blocks });
export const header = (text: string): Block => ({ type: 'header', text });
export const para = (text: string, tone?: Tone): Block =>
  tone === undefined ? { type: 'text', text } : { type: 'text', text, tone };
export const fields = (...list: Field[]): Block => ({ type: 'fields', fields: list });
export const field = (label: string, value: string): Field => ({ label, value });
export const bar = (label: string, fraction: number, caption: string): Block => ({
  type: 'bar',
  label,
  fraction: Math.min(1, Math.max(0, fraction)),
  caption,
});
export const table = (
  columns: readonly Column[],
  rows: readonly Record<string, string>[],
): Block => ({ type: 'table', columns, rows });
export const actions = (...list: Action[]): Block => ({ type: 'actions', actions: list });
