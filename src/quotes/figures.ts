import type { BillingPlan } from '../reservations/model.ts';
import { clampAtZero, type Ratio, ratio, subRatio } from '../shared/ratio.ts';
import { paidMonths, type Timeline } from './timeline.ts';

/** The exact (unrounded) policy values for returning `q` of `Q` units of a lifetime total. */
export interface Figures {
  /** Cm = T × q / Q: the returned part's lifetime commitment. */
  readonly commitment: Ratio;
  /** Cm × remainingDays / termDays. */
  readonly remainingValue: Ratio;
  /** Monthly plans: Cm − paid. Zero for Upfront. */
  readonly futurePayments: Ratio;
  /** Money back before any fee (refund-policy.md table, "credit"). */
  readonly credit: Ratio;
  /** What counts toward the refund cap (table, "canceled commitment"). */
  readonly canceledCommitment: Ratio;
  /** What an exchange's new purchase must at least cover: remaining value, or future payments. */
  readonly remainingCommitment: Ratio;
}

export interface FigureInput {
  /** Lifetime total of the whole reservation, in minor units of one currency. */
  readonly total: bigint;
  readonly quantity: number;
  readonly reservationQuantity: number;
  readonly plan: BillingPlan;
  readonly timeline: Timeline;
  /** Within the grace window and never used: the "full" rows of the table. */
  readonly full: boolean;
}

export const figuresOf = (i: FigureInput): Figures => {
  const q = BigInt(i.quantity);
  const Q = BigInt(i.reservationQuantity);
  const t = i.timeline;
  const commitment = ratio(i.total * q, Q);
  const remainingValue = ratio(i.total * q * BigInt(t.remainingDays), Q * BigInt(t.termDays));
  if (i.plan === 'Upfront') {
    const credit = i.full ? commitment : remainingValue;
    return {
      commitment,
      remainingValue,
      futurePayments: ratio(0n),
      credit,
      canceledCommitment: credit,
      remainingCommitment: remainingValue,
    };
  }
  const months = BigInt(t.months);
  const paid = ratio(i.total * q * BigInt(paidMonths(t)), Q * months);
  const futurePayments = subRatio(commitment, paid);
  return {
    commitment,
    remainingValue,
    futurePayments,
    credit: i.full ? paid : clampAtZero(subRatio(remainingValue, futurePayments)),
    canceledCommitment: i.full ? commitment : remainingValue,
    remainingCommitment: futurePayments,
  };
};
