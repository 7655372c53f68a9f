import { z } from 'zod';

/**
 * A Slack ID (user, channel, team, enterprise, view): upper-case letters and digits. Bolt keys its
 * client cache by team and enterprise ID in a plain object, so "constructor" or "__proto__" there
 * would throw inside it.
 */
const id = z.string().regex(/^[A-Z0-9]{1,64}$/, 'not a Slack ID');
const owner = { team_id: id.optional(), enterprise_id: id.optional() };
/** Where Bolt's `respond` posts: Slack's response URLs are https (http for local tests). */
const responseUrl = z.url({ protocol: /^https?$/ });

/** A slash command as Slack posts it (form fields). */
export const slashCommandSchema = z.looseObject({
  command: z.string().min(1).max(64),
  text: z.string().max(100_000),
  user_id: id,
  channel_id: id,
  team_id: id,
  enterprise_id: id.optional(),
  trigger_id: z.string().min(1).max(200),
  response_url: responseUrl,
});

const user = z.looseObject({ id, ...owner });
/**
 * What Bolt itself reads of every interactive payload before a listener runs: the IDs that pick its
 * client, and the response URLs it builds `respond` from (it dereferences both without checking).
 */
const source = {
  team: z.looseObject({ id, enterprise_id: id.optional() }).nullable().optional(),
  enterprise: z.looseObject({ id }).nullable().optional(),
  response_url: responseUrl.optional(),
  response_urls: z
    .array(z.looseObject({ response_url: responseUrl }))
    .max(20)
    .optional(),
};
const action = z.looseObject({
  action_id: z.string().min(1).max(255),
  block_id: z.string().max(255).optional(),
  value: z.string().max(2000).optional(),
  selected_option: z
    .looseObject({ value: z.string().max(2000) })
    .nullable()
    .optional(),
});
const view = z.looseObject({
  id,
  app_installed_team_id: z.union([id, z.literal('')]).optional(),
  callback_id: z.string().max(255).optional(),
  private_metadata: z.string().max(3000).optional(),
  state: z
    .looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({}))) })
    .optional(),
});

/** The interactivity payloads the bot answers; others are acknowledged and ignored. */
export const interactiveSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('block_actions'),
    ...source,
    user,
    actions: z.array(action).min(1).max(25),
    trigger_id: z.string().max(200).optional(),
    channel: z.looseObject({ id }).optional(),
    container: z.looseObject({}).optional(),
    message: z
      .looseObject({ ts: z.string().max(64), thread_ts: z.string().max(64).optional() })
      .optional(),
    view: view.optional(),
  }),
  z.looseObject({
    type: z.literal('view_submission'),
    ...source,
    user,
    view,
    trigger_id: z.string().max(200).optional(),
  }),
  z.looseObject({ type: z.literal('view_closed'), ...source, user, view }),
  z.looseObject({
    type: z.enum(['shortcut', 'message_action', 'block_suggestion']),
    ...source,
    user,
  }),
]);

export type BlockActionsPayload = Extract<
  z.infer<typeof interactiveSchema>,
  { type: 'block_actions' }
>;
export type ViewSubmissionPayload = Extract<
  z.infer<typeof interactiveSchema>,
  { type: 'view_submission' }
>;

const eventsSchema = z.union([
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string().max(200) }),
  z.looseObject({
    type: z.literal('event_callback'),
    ...owner,
    authorizations: z
      .array(
        z.looseObject({
          team_id: id.nullable().optional(),
          enterprise_id: id.nullable().optional(),
        }),
      )
      .optional(),
    event: z.looseObject({ type: z.string() }),
  }),
]);

export type ParsedBody =
  | { ok: true; kind: 'url_verification'; challenge: string }
  | { ok: true; kind: 'command' | 'interactive' | 'event'; body: Record<string, unknown> }
  | { ok: false; reason: string };

const firstIssue = (e: z.ZodError) => {
  const i = e.issues[0];
  return i === undefined ? 'invalid' : `${i.path.join('.') || 'body'}: ${i.message}`;
};

/**
 * Reads a signed Slack request body by its content type: slash commands and interactivity are
 * form-encoded (interactivity as one `payload` JSON field), the Events API is JSON. Anything that
 * does not fit is refused with the first reason, never passed on.
 */
export const parseSlackBody = (contentType: string, raw: Buffer): ParsedBody => {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const text = raw.toString('utf8');
  try {
    if (type === 'application/x-www-form-urlencoded') {
      const form = Object.fromEntries(new URLSearchParams(text));
      if (typeof form.payload === 'string') {
        const r = interactiveSchema.safeParse(JSON.parse(form.payload));
        return r.success
          ? { ok: true, kind: 'interactive', body: r.data }
          : { ok: false, reason: firstIssue(r.error) };
      }
      const r = slashCommandSchema.safeParse(form);
      return r.success
        ? { ok: true, kind: 'command', body: r.data }
        : { ok: false, reason: firstIssue(r.error) };
    }
    if (type === 'application/json') {
      const r = eventsSchema.safeParse(JSON.parse(text));
      if (!r.success) return { ok: false, reason: firstIssue(r.error) };
      return r.data.type === 'url_verification'
        ? { ok: true, kind: 'url_verification', challenge: r.data.challenge }
        : { ok: true, kind: 'event', body: r.data };
    }
    return { ok: false, reason: `unsupported content type "${type.slice(0, 80)}"` };
  } catch {
    return { ok: false, reason: 'payload is not valid JSON' };
  }
};
