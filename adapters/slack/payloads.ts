import { z } from 'zod';

const id = z.string().min(1).max(64);

/** A slash command as Slack posts it (form fields). */
export const slashCommandSchema = z.looseObject({
  command: z.string().min(1).max(64),
  text: z.string().max(100_000),
  user_id: id,
  channel_id: id,
  team_id: id,
  trigger_id: z.string().min(1).max(200),
  response_url: z.url(),
});

const user = z.looseObject({ id });
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
    user,
    actions: z.array(action).min(1).max(25),
    trigger_id: z.string().max(200).optional(),
    channel: z.looseObject({ id }).optional(),
    container: z.looseObject({}).optional(),
    message: z
      .looseObject({ ts: z.string().max(64), thread_ts: z.string().max(64).optional() })
      .optional(),
    view: view.optional(),
    response_url: z.url().optional(),
  }),
  z.looseObject({
    type: z.literal('view_submission'),
    user,
    view,
    trigger_id: z.string().max(200).optional(),
  }),
  z.looseObject({ type: z.literal('view_closed'), user, view }),
  z.looseObject({ type: z.enum(['shortcut', 'message_action', 'block_suggestion']), user }),
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
  z.looseObject({ type: z.literal('event_callback'), event: z.looseObject({ type: z.string() }) }),
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
