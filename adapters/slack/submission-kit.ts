import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type FormField, formErrors } from '../../src/chat/form-errors.ts';
import type { Speech } from '../../src/chat/views/format.ts';
import { errorText } from '../../src/messages/catalog.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import type { Result } from '../../src/shared/result.ts';
import { identify, type SlackDeps, speechOf } from './context.ts';
import { contactBlockIds } from './modals/contact.ts';
import type { ViewSubmissionPayload } from './payloads.ts';
import { openView } from './tamper.ts';

/** Slack block IDs of the form fields. */
const blockOf: Readonly<Record<FormField, string>> = {
  ...contactBlockIds,
  reservation: 'quantity',
  quantity: 'quantity',
  reason: 'reason',
  newTotal: 'new_total',
  newFamily: 'new_family',
  form: 'reason',
};

/** A refusal as Slack's per-field errors, at the blocks of the fields the core names. */
export const fieldErrors = (
  e: DomainError,
  formBlock: string,
  locale: string,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(formErrors(e, locale)).map(([field, text]) => [
      field === 'form' ? formBlock : blockOf[field as FormField],
      text ?? '',
    ]),
  );

export type Ack = (response?: {
  response_action: 'errors';
  errors: Record<string, string>;
}) => Promise<void>;

/** One modal submission, its sender known and its metadata opened. */
export interface Submitted {
  readonly p: ViewSubmissionPayload;
  readonly ack: Ack;
  readonly client: WebClient;
  readonly actor: Agent;
  readonly meta: Readonly<Record<string, string>>;
  /** The submitter's language: field errors and private answers speak it. */
  readonly speech: Speech;
}

export type Run = (s: Submitted) => Promise<unknown>;

/**
 * Acknowledges a submission: closes the modal on success, or shows per-field errors (in the
 * submitter's language) and keeps it open.
 */
export const answer = async <T>(
  s: Submitted,
  r: Result<T, DomainError>,
  fallbackBlock: string,
): Promise<T | undefined> => {
  if (r.ok) {
    await s.ack();
    return r.value;
  }
  const errors = fieldErrors(r.error, fallbackBlock, s.speech.locale);
  await s.ack({ response_action: 'errors', errors });
  return undefined;
};

/** Registers one kind of modal submission (`callbackId`); `run` gets it once its sender and seal check out. */
export type OnSubmission = (callbackId: string, formBlock: string, run: Run) => void;

/**
 * The common start of every modal submission: the sender looked up and answered in their language,
 * and metadata that is not what the bot sealed refused at `formBlock` and audited (tamper.ts).
 */
export const onSubmission =
  (app: App, deps: SlackDeps): OnSubmission =>
  (callbackId, formBlock, run) =>
    app.view(callbackId, async ({ ack, body, client }) => {
      const payload = body as unknown as ViewSubmissionPayload;
      const refuse = (block: string, text: string) =>
        (ack as Ack)({ response_action: 'errors', errors: { [block]: text } });
      const who = await identify(deps, payload.user.id);
      const agent = who.ok ? who.value : undefined;
      const speech = await speechOf(deps, client, payload.user.id, agent);
      if (!who.ok) {
        const last = Object.keys(payload.view.state?.values ?? {}).at(-1) ?? formBlock;
        const text = errorText(who.error.code, who.error.details, speech.locale);
        return void (await refuse(last, text));
      }
      const meta = await openView(deps, who.value, payload.view, 'submitted');
      if (meta === undefined)
        return void (await refuse(formBlock, speech.t('refused.tamperedForm')));
      await run({ p: payload, ack: ack as Ack, client, actor: who.value, meta, speech });
    });
