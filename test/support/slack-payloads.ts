import { nextTriggerId, slackWorkspace } from './slack-requests.ts';

// Interactivity payloads as Slack sends them: a form body with one `payload` field of JSON.

const { teamId, teamDomain, apiAppId, botId, botUserId, verificationToken } = slackWorkspace;

export interface SelectedOption {
  text: { type: 'plain_text'; text: string; emoji: true };
  value: string;
}

/** One input's entry in a view's `state.values[blockId][actionId]`. */
export type StateValue =
  | { type: 'plain_text_input'; value: string | null }
  | { type: 'static_select' | 'radio_buttons'; selected_option: SelectedOption | null };

/** A view's `state.values`: `{ [blockId]: { [actionId]: StateValue } }`. */
export type StateValues = Record<string, Record<string, StateValue>>;

const option = (value: string, text: string): SelectedOption => ({
  text: { type: 'plain_text', text, emoji: true },
  value,
});

/** A plain-text input's state; Slack sends `null` for an empty input. */
export const textValue = (value: string | null): StateValue => ({
  type: 'plain_text_input',
  value,
});

/** A static select's state; `text` is the option's label (the value unless told). */
export const selectValue = (value: string, text = value): StateValue => ({
  type: 'static_select',
  selected_option: option(value, text),
});

/** A radio-button group's state; `text` is the option's label (the value unless told). */
export const radioValue = (value: string, text = value): StateValue => ({
  type: 'radio_buttons',
  selected_option: option(value, text),
});

let actionCount = 0;
// Unique per payload, like Slack's, so idempotency keys differ unless a test repeats one.
const nextActionTs = (): string => `1732790001.${String(++actionCount).padStart(6, '0')}`;

const slackUser = (userId: string, userName = userId.toLowerCase()) => ({
  id: userId,
  username: userName,
  name: userName,
  team_id: teamId,
});

const asPayload = (payload: object): string =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

/** The modal a payload refers to. */
export interface ModalInput {
  viewId: string;
  callbackId: string;
  privateMetadata?: string;
  values?: StateValues;
  hash?: string;
}

const modalView = (view: ModalInput) => ({
  id: view.viewId,
  team_id: teamId,
  type: 'modal',
  blocks: [],
  private_metadata: view.privateMetadata ?? '',
  callback_id: view.callbackId,
  state: { values: view.values ?? {} },
  hash: view.hash ?? '1732790000.fakehash',
  title: { type: 'plain_text', text: 'Reservation Desk', emoji: true },
  clear_on_close: false,
  notify_on_close: false,
  close: null,
  submit: { type: 'plain_text', text: 'Submit', emoji: true },
  previous_view_id: null,
  root_view_id: view.viewId,
  app_id: apiAppId,
  external_id: '',
  app_installed_team_id: teamId,
  bot_id: botId,
});

/** What every `block_actions` builder needs: who clicked which element. */
export interface ActionBase {
  userId: string;
  actionId: string;
  value: string;
  /** The button's or the chosen option's label; the value unless told. */
  text?: string;
  userName?: string;
  blockId?: string;
  triggerId?: string;
}

/** A button on a message. */
export interface MessageActionTarget {
  channelId: string;
  messageTs: string;
  responseUrl: string;
  channelName?: string;
  threadTs?: string;
}

/** A button inside a modal: no channel, message or response URL, as in Slack. */
export interface ModalActionTarget {
  view: ModalInput;
}

export type BlockActionInput = ActionBase & (MessageActionTarget | ModalActionTarget);

const actionPayload = (input: ActionBase, action: object, where: object): string =>
  asPayload({
    type: 'block_actions',
    user: slackUser(input.userId, input.userName),
    api_app_id: apiAppId,
    token: verificationToken,
    trigger_id: input.triggerId ?? nextTriggerId(),
    team: { id: teamId, domain: teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    ...where,
    actions: [
      {
        action_id: input.actionId,
        block_id: input.blockId ?? 'actions',
        ...action,
        action_ts: nextActionTs(),
      },
    ],
  });

const targetFields = (target: MessageActionTarget | ModalActionTarget): object => {
  if ('view' in target) {
    return {
      container: { type: 'view', view_id: target.view.viewId },
      view: modalView(target.view),
      state: { values: target.view.values ?? {} },
    };
  }
  const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
  return {
    container: {
      type: 'message',
      message_ts: target.messageTs,
      channel_id: target.channelId,
      is_ephemeral: false,
      ...thread,
    },
    channel: { id: target.channelId, name: target.channelName ?? 'reservations' },
    message: {
      type: 'message',
      user: botUserId,
      bot_id: botId,
      app_id: apiAppId,
      team: teamId,
      text: '',
      ts: target.messageTs,
      ...thread,
      blocks: [],
    },
    state: { values: {} },
    response_url: target.responseUrl,
  };
};

/** A `block_actions` payload for a button click. */
export const blockAction = (input: BlockActionInput): string =>
  actionPayload(
    input,
    {
      type: 'button',
      text: option(input.value, input.text ?? input.value).text,
      value: input.value,
    },
    targetFields(input),
  );

export interface SelectActionInput extends ActionBase {
  view: ModalInput;
}

/** A `block_actions` payload for a `static_select` change inside a modal. */
export const selectAction = (input: SelectActionInput): string =>
  actionPayload(
    input,
    { type: 'static_select', selected_option: option(input.value, input.text ?? input.value) },
    targetFields(input),
  );

export interface ViewSubmissionInput {
  userId: string;
  callbackId: string;
  viewId: string;
  privateMetadata: string;
  values: StateValues;
  userName?: string;
  triggerId?: string;
  hash?: string;
}

/** A `view_submission` payload: the user pressed the modal's submit button. */
export const viewSubmission = (input: ViewSubmissionInput): string =>
  asPayload({
    type: 'view_submission',
    team: { id: teamId, domain: teamDomain },
    user: slackUser(input.userId, input.userName),
    api_app_id: apiAppId,
    token: verificationToken,
    trigger_id: input.triggerId ?? nextTriggerId(),
    view: modalView(input),
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  });
