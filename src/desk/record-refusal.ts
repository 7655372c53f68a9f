import type { Channel } from '../approvals/model.ts';
import type { Agent } from '../reservations/model.ts';
import type { DeskContext } from './deps.ts';
import { findById } from './records.ts';
import { agentRef } from './submit.ts';

/** A refusal a channel decided on its own (a forged or edited button or form), for the audit trail. */
export interface RefusalInput {
  readonly actor: Agent;
  readonly channel: Channel;
  /** The request the refused input named, if it names one; kept only when such a request exists. */
  readonly requestId?: string;
  /** What was refused and why, e.g. `TAMPERED: button rd:approve …`. */
  readonly note: string;
}

const maxNoteLength = 500;

/**
 * Records a refusal as an audit line (action `refused`). A named request that exists gets the
 * line (with its reservation), so it shows in that request's trail; an unknown name stays in the
 * note only. Nothing else changes.
 */
export const recordRefusal = async (ctx: DeskContext, r: RefusalInput): Promise<void> => {
  const wanted = r.requestId?.trim().toLowerCase();
  await ctx.store.update((state) => {
    const request =
      wanted === undefined || wanted === '' ? undefined : findById(state.requests, wanted);
    state.audit.push({
      at: ctx.clock.now(),
      action: 'refused',
      actor: agentRef(r.actor),
      channel: r.channel,
      ...(request === undefined
        ? {}
        : { requestId: request.id, reservationId: request.reservationId }),
      note: r.note.length > maxNoteLength ? `${r.note.slice(0, maxNoteLength - 1)}…` : r.note,
    });
  });
};
