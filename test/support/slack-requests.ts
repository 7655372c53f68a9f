import { createHmac } from 'node:crypto';

/** The workspace and app every payload and fake answer belongs to; give the bot ids to Bolt. */
export const slackWorkspace = {
  teamId: 'T0PARTNER',
  teamDomain: 'partner',
  apiAppId: 'A0RESDESK',
  botId: 'B0RESDESK',
  botUserId: 'U0RESDESK',
  // The deprecated verification token Slack still puts in every body; Bolt ignores it.
  verificationToken: 'fakeVerificationToken',
} as const;

const { teamId, teamDomain, apiAppId, verificationToken } = slackWorkspace;

let triggerCount = 0;
/** A fresh `trigger_id`; each builder takes one unless the test passes its own (a retry). */
export const nextTriggerId = (): string =>
  `1732790000123.4242424242.${(++triggerCount).toString(16)}`;

/** Slack's request signature: `v0=` + HMAC-SHA256 hex of `v0:{timestamp}:{body}`. */
export const sign = (body: string, secret: string, timestampInSeconds: number): string =>
  `v0=${createHmac('sha256', secret).update(`v0:${timestampInSeconds}:${body}`).digest('hex')}`;

export interface PostSlackOptions {
  /** The app's signing secret. */
  secret: string;
  /** `X-Slack-Request-Timestamp` in seconds; now unless told. */
  timestamp?: number;
  /** Sent instead of the computed signature, to test rejection. */
  signature?: string;
  /** `X-Slack-Retry-Num`, as Slack sends on a resend after a slow ack. */
  retryNum?: number;
  /** `X-Slack-Retry-Reason`, e.g. `http_timeout`. */
  retryReason?: string;
  /** Overrides the Content-Type guessed from the body (JSON for `{…}`, form otherwise). */
  contentType?: string;
}

export interface SlackHttpResponse {
  status: number;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
}

// Slack sends exactly these; Bolt answers 400 to a form body whose type carries `; charset=…`.
const formContentType = 'application/x-www-form-urlencoded';
const jsonContentType = 'application/json';

const parseJson = (text: string): { json?: unknown } => {
  try {
    return text === '' ? {} : { json: JSON.parse(text) };
  } catch {
    return {};
  }
};

/**
 * POSTs `body` to the app as Slack does: signed, with Slack's headers, with `fetch`.
 * `url` is the app's endpoint, e.g. `http://127.0.0.1:<port>/slack/events`.
 */
export const postSlack = async (
  url: string,
  body: string,
  options: PostSlackOptions,
): Promise<SlackHttpResponse> => {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'Content-Type':
      options.contentType ?? (body.startsWith('{') ? jsonContentType : formContentType),
    'X-Slack-Request-Timestamp': String(timestamp),
    'X-Slack-Signature': options.signature ?? sign(body, options.secret, timestamp),
  };
  if (options.retryNum !== undefined) headers['X-Slack-Retry-Num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['X-Slack-Retry-Reason'] = options.retryReason;
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, ...parseJson(text) };
};

export interface SlashCommandInput {
  text: string;
  userId: string;
  channelId: string;
  responseUrl: string;
  userName?: string;
  channelName?: string;
  triggerId?: string;
}

/** The form body of `/reservation <text>`. */
export const slashCommand = (input: SlashCommandInput): string =>
  new URLSearchParams({
    token: verificationToken,
    team_id: teamId,
    team_domain: teamDomain,
    channel_id: input.channelId,
    channel_name: input.channelName ?? 'reservations',
    user_id: input.userId,
    user_name: input.userName ?? input.userId.toLowerCase(),
    command: '/reservation',
    text: input.text,
    api_app_id: apiAppId,
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.triggerId ?? nextTriggerId(),
  }).toString();

/** The Events API handshake Slack sends when the request URL is saved (a JSON body). */
export const urlVerification = (challenge: string): string =>
  JSON.stringify({ token: verificationToken, challenge, type: 'url_verification' });
