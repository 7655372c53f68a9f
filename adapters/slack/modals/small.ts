import type { RequestRecord } from '../../../src/approvals/model.ts';
import type { Translate } from '../../../src/chat/views/format.ts';
import type { Reservation } from '../../../src/reservations/model.ts';
import { modal, selectInput, textInput } from './elements.ts';

export const rejectCallback = 'reject_modal';
export const settleCallback = 'settle_modal';
export const scopeCallback = 'scope_modal';

/** Where the approval message lives, so the modal's outcome can update it in place. */
export interface MessageRef {
  readonly channelId: string;
  /** The approval message (the thread's root). */
  readonly rootTs: string;
  /** The message the button was on (the root, or a follow-up in its thread). */
  readonly messageTs: string;
}

const refMeta = (ref: MessageRef) => ({ c: ref.channelId, root: ref.rootTs, m: ref.messageTs });

/** Reject asks for the reason, which goes into the audit trail and the updated message. */
export const rejectModal = (requestId: string, ref: MessageRef, t: Translate) =>
  modal({
    callbackId: rejectCallback,
    title: t('slack.rejectTitle'),
    submit: t('action.reject'),
    close: t('slack.cancel'),
    metadata: { id: requestId, ...refMeta(ref) },
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: t('slack.rejectIntro', { id: requestId }) },
      },
      textInput('reason', t('form.rejectReason'), '', { multiline: true, maxLength: 2000 }),
    ],
  });

/** "Microsoft refunded the partner" / "Customer credited": the amount (quoted by default) and a reference. */
export const settleModal = (
  r: RequestRecord,
  step: 'microsoft' | 'customer',
  ref: MessageRef,
  t: Translate,
) => {
  const quoted = 'refund' in r.quote ? r.quote.refund : r.quote.credit;
  return modal({
    callbackId: settleCallback,
    title: step === 'microsoft' ? t('slack.microsoftRefundTitle') : t('slack.customerCreditTitle'),
    submit: t('slack.record'),
    close: t('slack.cancel'),
    metadata: { id: r.id, step, ...refMeta(ref) },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: t('slack.settleIntro', {
            id: r.id,
            reservation: r.reservationName,
            customer: r.customerName,
          }),
        },
      },
      textInput('amount', t('form.amount', { currency: r.quote.currency }), quoted, {
        maxLength: 24,
      }),
      textInput('reference', t('form.reference'), '', { maxLength: 200 }),
    ],
  });
};

/** Where the discount applies: the type, and the ARM ID for every type but Shared. */
export const scopeModal = (reservation: Reservation, channelId: string, t: Translate) =>
  modal({
    callbackId: scopeCallback,
    title: t('slack.scopeTitle'),
    submit: t('slack.change'),
    close: t('slack.cancel'),
    metadata: { r: reservation.id, c: channelId },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: t('scope.current', {
            name: reservation.displayName,
            scope: reservation.scope.target ?? reservation.scope.type,
          }),
        },
      },
      selectInput(
        'scope_type',
        t('form.scopeType'),
        [
          { label: t('scopeType.Shared'), value: 'Shared' },
          { label: t('scopeType.Single'), value: 'Single' },
          { label: t('scopeType.ResourceGroup'), value: 'ResourceGroup' },
          { label: t('scopeType.ManagementGroup'), value: 'ManagementGroup' },
        ],
        reservation.scope.type,
      ),
      textInput('scope_target', t('form.scopeTarget'), reservation.scope.target ?? '', {
        optional: true,
        maxLength: 300,
      }),
    ],
  });
