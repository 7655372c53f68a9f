import { type Money, money } from '../shared/money.ts';

/**
 * The refund policy's settings (refund-policy.md, "Configuration"). The defaults are the Partner
 * Center CSP table; `earlyTerminationFeePercent: 0` reproduces Microsoft's current practice.
 */
export interface PolicyProfile {
  /** Cancellations this many days or fewer after purchase are "within" the grace window. */
  readonly graceDays: number;
  /** Fee on cancellations after the grace window, in percent of the credit (up to 2 decimals). */
  readonly earlyTerminationFeePercent: number;
  /** Canceled commitment allowed per customer per window, in USD. */
  readonly refundCap: Money;
  /** Rolling window; a refund frees its cap this many days after its date. */
  readonly capWindowDays: number;
  /** A request nobody decided on within this many days expires. */
  readonly requestExpiryDays: number;
}

export const defaultPolicy: PolicyProfile = {
  graceDays: 5,
  earlyTerminationFeePercent: 12,
  refundCap: money(5_000_000n, 'USD'),
  capWindowDays: 365,
  requestExpiryDays: 14,
};

/** The fee rate as an exact fraction: 12 → 1200/10000, 12.5 → 1250/10000. */
export const feeBasisPoints = (policy: PolicyProfile): bigint =>
  BigInt(Math.round(policy.earlyTerminationFeePercent * 100));
