import type { Channel } from '../approvals/model.ts';
import { requirePermission } from '../approvals/roles.ts';
import type { Agent, AppliedScope, Reservation } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';
import type { DeskContext } from './deps.ts';
import { showReservation } from './queries.ts';
import { agentRef } from './submit.ts';

const guid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Reads a scope as people write it: "shared", a subscription ID or ARM ID, a resource group ARM ID,
 * or a management group ARM ID.
 */
export const parseScope = (text: string): Result<AppliedScope, DomainError> => {
  const t = text.trim().replace(/\/+$/, '');
  if (/^shared$/i.test(t)) return ok({ type: 'Shared', target: null });
  if (new RegExp(`^${guid}$`, 'i').test(t))
    return ok({ type: 'Single', target: `/subscriptions/${t.toLowerCase()}` });
  if (new RegExp(`^/subscriptions/${guid}$`, 'i').test(t)) return ok({ type: 'Single', target: t });
  if (new RegExp(`^/subscriptions/${guid}/resourceGroups/[-\\w._()]{1,90}$`, 'i').test(t))
    return ok({ type: 'ResourceGroup', target: t });
  if (/^\/providers\/Microsoft\.Management\/managementGroups\/[-\w.()]{1,90}$/i.test(t))
    return ok({ type: 'ManagementGroup', target: t });
  return fail('INVALID_SCOPE', { scope: text });
};

export const describeScope = (s: AppliedScope): string =>
  s.target === null ? s.type : `${s.type} ${s.target}`;

/** Changes where a reservation's discount applies (approver roles only), with an audit line. */
export const changeScope = async (
  ctx: DeskContext,
  actor: Agent,
  input: { reservation: string; scope: string; channel: Channel },
): Promise<Result<{ before: Reservation; after: Reservation }, DomainError>> => {
  const allowed = requirePermission(actor, 'change-scope');
  if (!allowed.ok) return allowed;
  const scope = parseScope(input.scope);
  if (!scope.ok) return scope;
  const shown = await showReservation(ctx, input.reservation);
  if (!shown.ok) return shown;
  const before = shown.value.reservation;
  const after = await ctx.provider.updateScope(before.id, scope.value);
  await ctx.store.update((state) => {
    state.audit.push({
      at: ctx.clock.now(),
      action: 'scope_changed',
      actor: agentRef(actor),
      channel: input.channel,
      reservationId: before.id,
      note: `${describeScope(before.scope)} → ${describeScope(after.scope)}`,
    });
  });
  return ok({ before, after });
};
