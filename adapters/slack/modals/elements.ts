import type { SlackBlock } from '../blocks.ts';

/** Small Block Kit builders for modals. Every input's element has action_id `value` unless it dispatches. */
export const plainText = (text: string, max = 150) => ({
  type: 'plain_text',
  text: text.length > max ? `${text.slice(0, max - 1)}…` : text,
  emoji: true,
});
export const option = (label: string, value: string) => ({ text: plainText(label, 75), value });

export interface InputOptions {
  readonly optional?: boolean;
  readonly hint?: string;
  /** Send a block action as soon as the value changes (a live re-quote). */
  readonly dispatch?: string;
}

const wrap = (
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  o: InputOptions = {},
): SlackBlock => ({
  type: 'input',
  block_id: blockId,
  label: plainText(label, 2000),
  element: o.dispatch === undefined ? element : { ...element, action_id: o.dispatch },
  ...(o.optional ? { optional: true } : {}),
  ...(o.hint === undefined ? {} : { hint: plainText(o.hint, 2000) }),
  ...(o.dispatch === undefined ? {} : { dispatch_action: true }),
});

export const textInput = (
  blockId: string,
  label: string,
  initial: string,
  o: InputOptions & { multiline?: boolean; maxLength?: number } = {},
) =>
  wrap(
    blockId,
    label,
    {
      type: 'plain_text_input',
      action_id: 'value',
      ...(initial === '' ? {} : { initial_value: initial }),
      ...(o.multiline ? { multiline: true } : {}),
      max_length: o.maxLength ?? 200,
      ...(o.dispatch === undefined
        ? {}
        : { dispatch_action_config: { trigger_actions_on: ['on_enter_pressed'] } }),
    },
    o,
  );

export const selectInput = (
  blockId: string,
  label: string,
  choices: readonly { label: string; value: string }[],
  initial: string,
  o: InputOptions = {},
) => {
  const options = choices.slice(0, 100).map((c) => option(c.label, c.value));
  const chosen = options.find((x) => x.value === initial);
  return wrap(
    blockId,
    label,
    {
      type: 'static_select',
      action_id: 'value',
      options,
      ...(chosen === undefined ? {} : { initial_option: chosen }),
    },
    o,
  );
};

export const radioInput = (
  blockId: string,
  label: string,
  choices: readonly { label: string; value: string }[],
  initial: string,
) => {
  const options = choices.map((c) => option(c.label, c.value));
  const chosen = options.find((x) => x.value === initial);
  return wrap(blockId, label, {
    type: 'radio_buttons',
    action_id: 'value',
    options,
    ...(chosen === undefined ? {} : { initial_option: chosen }),
  });
};

export interface ModalParts {
  readonly callbackId: string;
  readonly title: string;
  readonly submit?: string;
  readonly close: string;
  readonly metadata: Record<string, string | number>;
  readonly blocks: readonly SlackBlock[];
}

/**
 * A modal view. `private_metadata` holds IDs only (Slack allows 3,000 characters); never amounts.
 * Whoever opens the view seals it first (tamper.ts `sealView`), so an edited one is refused.
 */
export const modal = (p: ModalParts) => ({
  type: 'modal',
  callback_id: p.callbackId,
  title: plainText(p.title, 24),
  ...(p.submit === undefined ? {} : { submit: plainText(p.submit, 24) }),
  close: plainText(p.close, 24),
  private_metadata: JSON.stringify(p.metadata),
  blocks: p.blocks.slice(0, 100),
});

type StateValues = Record<string, Record<string, Record<string, unknown>>>;

/** The value of an input block in a submitted view, whatever its element: '' when empty. */
export const readValue = (values: StateValues | undefined, blockId: string): string => {
  const element = Object.values(values?.[blockId] ?? {})[0] as
    | { value?: unknown; selected_option?: { value?: unknown } | null }
    | undefined;
  const v = element?.selected_option?.value ?? element?.value;
  return typeof v === 'string' ? v : '';
};

/** Reads a view's private metadata back; an edited or foreign value reads as empty. */
export const readMetadata = (text: string | undefined): Record<string, string> => {
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed)
        .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
        .map(([k, v]) => [k, String(v)]),
    );
  } catch {
    return {};
  }
};
