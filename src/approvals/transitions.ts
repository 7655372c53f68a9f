import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import type { RequestRecord, RequestStatus } from './model.ts';

/**
 * The request's life (refund-policy.md, "After approval"): each status and the ones it may move to.
 * `failed → filed` is an approver's retry of the support request.
 */
export const nextStatuses: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  pending_approval: ['approved', 'rejected', 'expired'],
  approved: ['filed', 'failed'],
  failed: ['filed', 'failed'],
  filed: ['refunded_by_microsoft'],
  refunded_by_microsoft: ['credited_to_customer'],
  credited_to_customer: [],
  rejected: [],
  expired: [],
};

/** Statuses in which an approved refund's canceled commitment counts toward the customer's cap. */
export const countsTowardCap: ReadonlySet<RequestStatus> = new Set([
  'approved',
  'filed',
  'failed',
  'refunded_by_microsoft',
  'credited_to_customer',
]);

export const isDecided = (status: RequestStatus): boolean => status !== 'pending_approval';

/** What someone tried to do to a request, named in INVALID_TRANSITION. */
export type Attempt = 'retry' | 'record-microsoft-refund' | 'record-customer-credit';

/** Ok when `request` may move to `to`; otherwise INVALID_TRANSITION naming the attempt. */
export const checkTransition = (
  request: RequestRecord,
  to: RequestStatus,
  attempted: Attempt,
): Result<RequestRecord, DomainError> =>
  nextStatuses[request.status].includes(to)
    ? ok(request)
    : fail('INVALID_TRANSITION', { requestId: request.id, status: request.status, attempted });
