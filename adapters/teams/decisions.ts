import type { RequestRecord } from '../../src/approvals/model.ts';
import type { Desk } from '../../src/desk/index.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { type DomainError, domainError } from '../../src/shared/errors.ts';
import { ok, type Result } from '../../src/shared/result.ts';

export const verbs = [
  'approve',
  'reject',
  'retry',
  'recordMicrosoftRefund',
  'recordCustomerCredit',
] as const;
export type Verb = (typeof verbs)[number];
export const isVerb = (v: unknown): v is Verb =>
  typeof v === 'string' && (verbs as readonly string[]).includes(v);

const text = (data: Readonly<Record<string, unknown>>, key: string) =>
  typeof data[key] === 'string' ? (data[key] as string) : '';

/** The request after a card action, and whether this action changed it (a duplicate did not). */
export interface Decided {
  readonly request: RequestRecord;
  readonly acted: boolean;
}

/**
 * One card action on a request, exactly once through the core. A decision already taken by someone
 * answers the request as it stands (`acted: false`), so the card shows who decided instead of an
 * error, and a duplicate delivery posts nothing new.
 */
export const decide = async (
  desk: Desk,
  actor: Agent,
  verb: Verb,
  data: Readonly<Record<string, unknown>>,
): Promise<Result<Decided, DomainError>> => {
  const requestId = text(data, 'value');
  const d = { requestId, channel: 'teams' as const };
  const settlement = {
    ...d,
    reference: text(data, 'reference'),
    ...(text(data, 'amount') === '' ? {} : { amount: text(data, 'amount') }),
  };
  const r =
    verb === 'approve'
      ? await desk.approve(actor, d).then((x) => (x.ok ? ok(x.value.request) : x))
      : verb === 'reject'
        ? await desk.reject(actor, { ...d, reason: text(data, 'rejectReason') })
        : verb === 'retry'
          ? await desk.retry(actor, d)
          : verb === 'recordMicrosoftRefund'
            ? await desk.recordMicrosoftRefund(actor, settlement)
            : await desk.recordCustomerCredit(actor, settlement);
  if (r.ok) return ok({ request: r.value, acted: true });
  if (r.error.code === 'ALREADY_DECIDED' || r.error.code === 'REQUEST_EXPIRED') {
    const current = await desk.request(requestId);
    return current === undefined ? r : ok({ request: current, acted: false });
  }
  return r.error.code !== 'REQUEST_NOT_FOUND'
    ? r
    : { ok: false, error: domainError('REQUEST_NOT_FOUND', { requestId }) };
};
