// Activities as Teams posts them to `POST /api/messages` (Bot Framework activity schema, v3).

/** The tenant, team, channel and bot every activity and fake answer belongs to. */
export const teamsTenant = {
  tenantId: '9c4e2b71-3f5a-4d8e-a6b0-2e7d1c9f8a35',
  teamId: '19:team@thread.tacv2',
  teamName: 'Partner Desk',
  teamAadGroupId: 'e1d7c3a9-6b2f-4c8e-9a1d-5f3b7e0c2d84',
  channelId: '19:abc@thread.tacv2',
  channelName: 'Reservations',
  botAppId: '8f2a6c1e-4b7d-4e93-a0c5-d61b3e9f7a24',
  botName: 'Reservation Desk',
} as const;

const { tenantId, teamId, teamName, teamAadGroupId, channelId, channelName } = teamsTenant;
const tenant = { id: tenantId };
const team = { id: teamId, name: teamName, aadGroupId: teamAadGroupId };
const channel = { id: channelId, name: channelName };

/** How Teams names a person: `id` is the bot-scoped `29:…` id, `aadObjectId` the Entra object ID. */
export interface TeamsUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export interface TeamsConversation {
  readonly id: string;
  readonly conversationType: 'channel' | 'personal' | 'groupChat';
  readonly tenantId: string;
  readonly isGroup?: boolean;
}

/** A Teams user; the `29:` id is derived from the AAD object ID so it is stable per person. */
export const teamsUser = (name: string, aadObjectId: string): TeamsUser => ({
  id: `29:1${aadObjectId.replaceAll('-', '')}`,
  name,
  aadObjectId,
});

/** The bot as Teams addresses it: `28:` + the app ID. */
export const teamsBot = { id: `28:${teamsTenant.botAppId}`, name: teamsTenant.botName } as const;

/** The thread whose root post has id `rootMessageId`, in the default channel. */
export const channelConversation = (rootMessageId = '1732790000000'): TeamsConversation => ({
  id: `${channelId};messageid=${rootMessageId}`,
  conversationType: 'channel',
  tenantId,
  isGroup: true,
});

/** The bot's 1:1 chat with `user`. */
export const personalConversation = (user: TeamsUser): TeamsConversation => ({
  id: `a:1${user.aadObjectId.replaceAll('-', '')}`,
  conversationType: 'personal',
  tenantId,
});

// Teams message ids are millisecond timestamps; invoke ids are `f:` + a long number.
const firstMessageTimeInMs = 1_732_790_010_000;
let activityCount = 0;

export interface ActivityInput {
  user: TeamsUser;
  /** The bot's `serviceUrl` for this conversation: the fake connector's `serviceUrl`. */
  serviceUrl: string;
  conversation?: TeamsConversation;
  /** The locale the sender's Teams client reports (`en-US` unless told). */
  locale?: string;
}

const common = (type: 'message' | 'invoke', input: ActivityInput, fallback: TeamsConversation) => {
  const count = ++activityCount;
  const timeInMs = firstMessageTimeInMs + count * 1_000;
  const conversation = input.conversation ?? fallback;
  const inTeam = conversation.conversationType === 'channel';
  const channelData = inTeam ? { tenant, team, channel } : { tenant };
  return {
    type,
    id: type === 'message' ? String(timeInMs) : `f:${7_000_000_000_000_000_000n + BigInt(count)}`,
    timestamp: new Date(timeInMs).toISOString(),
    // The sender's clock: London in winter is UTC, so only the offset notation differs.
    localTimestamp: new Date(timeInMs).toISOString().replace('Z', '+00:00'),
    localTimezone: 'Europe/London',
    serviceUrl: input.serviceUrl,
    channelId: 'msteams' as const,
    from: input.user,
    recipient: teamsBot,
    conversation,
    channelData,
    locale: input.locale ?? 'en-US',
  };
};

/**
 * An activity as Teams sends it: `type`, `id`, `timestamp`, `localTimestamp`, `localTimezone`,
 * `serviceUrl`, `channelId`, `from`, `recipient`, `conversation`, `channelData`, `locale`, and
 * per type `text`, `entities`, `name`, `value`, `replyToId`…
 */
export type TeamsActivity = ReturnType<typeof common> & { readonly [field: string]: unknown };

const optional = <T>(key: string, value: T | undefined) =>
  value === undefined ? {} : { [key]: value };
const clientInfo = { type: 'clientInfo', locale: 'en-US', country: 'GB', platform: 'Web' };
const mentionText = `<at>${teamsTenant.botName}</at>`;

export interface MessageInput extends ActivityInput {
  text: string;
  /** `expectReplies` makes the bot answer in the HTTP response instead of via the connector. */
  deliveryMode?: 'normal' | 'expectReplies';
}

/**
 * A message: in the 1:1 chat unless `conversation` is given; in a channel (where the bot only
 * hears what @mentions it) the text starts with `<at>Reservation Desk</at> ` and carries a mention.
 */
export const message = (input: MessageInput): TeamsActivity => {
  const base = common('message', input, personalConversation(input.user));
  const inGroup = base.conversation.conversationType !== 'personal';
  const mention = { type: 'mention', mentioned: teamsBot, text: mentionText };
  return {
    ...base,
    text: inGroup ? `${mentionText} ${input.text}` : input.text,
    textFormat: 'plain',
    entities: inGroup ? [mention, clientInfo] : [clientInfo],
    ...optional('deliveryMode', input.deliveryMode),
  };
};

const invoke = (input: ActivityInput, name: string, value: unknown): TeamsActivity => ({
  ...common('invoke', input, channelConversation()),
  name,
  value,
});

const theme = { theme: 'default' } as const;

export interface FetchTaskInput extends ActivityInput {
  commandId: 'refund' | 'exchange';
  /** The message an action command was started from; makes `commandContext` `message`. */
  messagePayload?: Record<string, unknown>;
}

/** A message-extension action command asking for its task module (in the channel by default). */
export const fetchTask = (input: FetchTaskInput) =>
  invoke(input, 'composeExtension/fetchTask', {
    commandId: input.commandId,
    commandContext: input.messagePayload === undefined ? 'compose' : 'message',
    context: theme,
    ...optional('messagePayload', input.messagePayload),
  });

export interface SubmitActionInput extends ActivityInput {
  commandId: 'refund' | 'exchange';
  /** The task module card's inputs, merged with its `Action.Submit` data. */
  data: Record<string, unknown>;
  /** Set when the user edits or sends a bot message preview. */
  botMessagePreviewAction?: 'edit' | 'send';
}

/** An action command's task module submitted. */
export const submitAction = (input: SubmitActionInput) =>
  invoke(input, 'composeExtension/submitAction', {
    commandId: input.commandId,
    commandContext: 'compose',
    context: theme,
    data: input.data,
    ...optional('botMessagePreviewAction', input.botMessagePreviewAction),
  });

export interface QueryInput extends ActivityInput {
  commandId: 'findReservation';
  query: string;
}

/** A search command's query, as typed in the compose box. */
export const query = (input: QueryInput) =>
  invoke(input, 'composeExtension/query', {
    commandId: input.commandId,
    parameters: [{ name: 'query', value: input.query }],
    queryOptions: { skip: 0, count: 25 },
  });

export interface AdaptiveCardInvokeInput extends ActivityInput {
  verb: string;
  data: Record<string, unknown>;
  /** The id of the activity that carries the card. */
  replyToId: string;
  /** `Action.Submit` here is a client bug; botbuilder answers it 400 `NotSupported`. */
  actionType?: 'Action.Execute' | 'Action.Submit';
}

/** A click on an Adaptive Card `Action.Execute` button (Universal Actions). */
export const adaptiveCardInvoke = (input: AdaptiveCardInvokeInput) => {
  const { verb, data, actionType = 'Action.Execute' } = input;
  const action = { type: actionType, id: verb, verb, data };
  return {
    ...invoke(input, 'adaptiveCard/action', { action, trigger: 'manual' }),
    replyToId: input.replyToId,
  };
};

export interface TaskModuleInput extends ActivityInput {
  /** The `data` of the card's `Action.Submit` with `msteams: { type: 'task/fetch' }`. */
  data: Record<string, unknown>;
  /** The id of the activity that carries the card. */
  replyToId?: string;
}

const taskModule = (name: 'task/fetch' | 'task/submit', input: TaskModuleInput) => ({
  ...invoke(input, name, { type: name, data: input.data, context: theme }),
  ...optional('replyToId', input.replyToId),
});

/** A card button asking for a task module (dialog). */
export const taskFetch = (input: TaskModuleInput) => taskModule('task/fetch', input);

/** A task module (dialog) submitted. */
export const taskSubmit = (input: TaskModuleInput) => taskModule('task/submit', input);

/**
 * POSTs `activity` as JSON to the bot's endpoint (`http://127.0.0.1:<port>/api/messages`), with
 * `authorization` as the `Authorization` header if given; `body` is the answer parsed as JSON,
 * or its text when it is not JSON (`''` when empty).
 */
export const postActivity = async (
  url: string,
  activity: object,
  options: { authorization?: string } = {},
): Promise<{ status: number; body: unknown }> => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  if (options.authorization !== undefined) headers.Authorization = options.authorization;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(activity) });
  const text = await response.text();
  try {
    return { status: response.status, body: text === '' ? '' : JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
};
