import type { RequestRecord, RequestStatus } from '../../approvals/model.ts';
import type { CapStatus } from '../../desk/ledger-and-requests.ts';
import type { CustomerSummary } from '../../desk/queries.ts';
import type { TextKey } from '../../messages/catalog.ts';
import type { Agent } from '../../reservations/model.ts';
import { bar, field, fields, header, type Reply, reply, table } from '../reply.ts';
import { showDate, showDecimal, showMoney, type Translate } from './format.ts';

export const statusKey: Readonly<Record<RequestStatus, TextKey>> = {
  pending_approval: 'status.pending_approval',
  approved: 'status.approved',
  filed: 'status.filed',
  refunded_by_microsoft: 'status.refunded_by_microsoft',
  credited_to_customer: 'status.credited_to_customer',
  rejected: 'status.rejected',
  expired: 'status.expired',
  failed: 'status.failed',
};

export const amountOf = (r: RequestRecord, locale: string) =>
  'refund' in r.quote
    ? showDecimal(r.quote.refund, r.quote.currency, locale)
    : showDecimal(r.quote.credit, r.quote.currency, locale);

/** `requests [status]`: newest first. */
export const requestsReply = (
  list: readonly RequestRecord[],
  t: Translate,
  locale: string,
  status?: string,
): Reply => {
  const title = header(
    status === undefined
      ? t('requests.title', { count: list.length })
      : t('requests.titleStatus', { count: list.length, status }),
  );
  if (list.length === 0) return reply(title, { type: 'text', text: t('requests.empty') });
  return reply(
    title,
    table(
      [
        { key: 'id', label: t('label.request') },
        { key: 'kind', label: t('label.kind') },
        { key: 'status', label: t('label.status') },
        { key: 'customer', label: t('label.customer') },
        { key: 'reservation', label: t('label.reservation') },
        { key: 'quantity', label: t('label.qty'), align: 'right' },
        { key: 'amount', label: t('label.amount'), align: 'right' },
        { key: 'requestedBy', label: t('label.requestedBy') },
        { key: 'ticket', label: t('label.supportRequest') },
      ],
      list.map((r) => ({
        id: r.id,
        kind: r.kind === 'refund' ? t('kind.refund') : t('kind.exchange'),
        status: t(statusKey[r.status]),
        customer: r.customerName,
        reservation: r.reservationName,
        quantity: String(r.quantity),
        amount: amountOf(r, locale),
        requestedBy: r.requestedBy.name,
        ticket: r.supportRequestId ?? '—',
      })),
    ),
  );
};

/** `cap <customer>`: used, remaining, and what frees when. */
export const capReply = (c: CapStatus, t: Translate, locale: string): Reply => {
  const m = (x: Parameters<typeof showMoney>[0]) => showMoney(x, locale);
  return reply(
    header(t('cap.title', { customer: c.customer.name })),
    fields(
      field(t('label.asOf'), showDate(c.asOf, locale)),
      field(t('label.capLimit'), t('cap.limitLine', { limit: m(c.limit), days: c.windowInDays })),
      field(t('label.capUsedAmount'), m(c.used)),
      field(t('label.capRemaining'), m(c.remaining)),
    ),
    bar(
      t('label.capUsed'),
      c.limit.minor === 0n ? 1 : Number((c.used.minor * 10_000n) / c.limit.minor) / 10_000,
      t('cap.barCaption', { used: m(c.used), limit: m(c.limit) }),
    ),
    c.entries.length === 0
      ? { type: 'text', text: t('cap.noEntries', { days: c.windowInDays }) }
      : table(
          [
            { key: 'date', label: t('label.date') },
            { key: 'amount', label: t('label.amountUsd'), align: 'right' },
            { key: 'source', label: t('label.source') },
            { key: 'frees', label: t('label.freesOn') },
          ],
          c.entries.map((e) => ({
            date: showDate(e.date, locale),
            amount: m(e.amount),
            source:
              e.source === 'bot'
                ? t('cap.sourceBot', { id: e.requestId ?? '' })
                : t('cap.sourceHistory'),
            frees: showDate(e.freesOn, locale),
          })),
        ),
  );
};

/** `customers [search]`. */
export const customersReply = (list: readonly CustomerSummary[], t: Translate): Reply =>
  reply(
    header(t('customers.title', { count: list.length })),
    list.length === 0
      ? { type: 'text', text: t('customers.empty') }
      : table(
          [
            { key: 'name', label: t('label.customer') },
            { key: 'domain', label: t('label.domain') },
            { key: 'reservations', label: t('label.reservations'), align: 'right' },
            { key: 'id', label: t('label.customerId') },
          ],
          list.map((s) => ({
            name: s.customer.name,
            domain: s.customer.domain,
            reservations: String(s.reservationCount),
            id: s.customer.id,
          })),
        ),
  );

/** `roles [agent]`: the directory, and what each role may do. */
export const rolesReply = (
  agents: readonly Agent[],
  t: Translate,
  can: (a: Agent) => string,
): Reply =>
  reply(
    header(t('roles.title', { count: agents.length })),
    table(
      [
        { key: 'name', label: t('label.name') },
        { key: 'email', label: t('label.email') },
        { key: 'roles', label: t('label.roles') },
        { key: 'may', label: t('label.may') },
      ],
      agents.map((a) => ({ name: a.name, email: a.email, roles: a.roles.join(', '), may: can(a) })),
    ),
  );
