import { errorText } from '../messages/catalog.ts';
import { err } from './result.ts';

/**
 * Every business failure the core can return. One closed union: each channel maps every code to
 * text through the message catalog's exhaustive table, so a new code without a message fails the
 * build.
 */
export const errorCodes = [
  'AS_OF_BEFORE_PURCHASE',
  'RESERVATION_EXPIRED',
  'INVALID_QUANTITY',
  'EXCHANGE_PRODUCT_FAMILY_MISMATCH',
  'EXCHANGE_BELOW_REMAINING_COMMITMENT',
  'CAP_EXCEEDED',
  'INVALID_AMOUNT',
  'AMOUNT_TOO_PRECISE',
  'CURRENCY_MISMATCH',
  'UNKNOWN_CURRENCY',
  'INVALID_DATE',
  'CUSTOMER_NOT_FOUND',
  'CUSTOMER_AMBIGUOUS',
  'RESERVATION_NOT_FOUND',
  'RESERVATION_AMBIGUOUS',
  'UNKNOWN_COMMAND',
  'INVALID_ARGUMENTS',
  'UNKNOWN_USER',
  'NOT_PERMITTED',
  'SELF_APPROVAL',
  'REQUEST_NOT_FOUND',
  'ALREADY_DECIDED',
  'INVALID_TRANSITION',
  'REQUEST_EXPIRED',
  'REASON_REQUIRED',
  'INVALID_CONTACT',
  'INVALID_SCOPE',
  'INVALID_STATUS',
  'PROVIDER_UNAVAILABLE',
  'PROVIDER_ACCESS_DENIED',
  'UNSUPPORTED_LOCALE',
  'SUPPORT_REQUEST_FAILED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Facts that let a channel say exactly what went wrong and what to do next. */
export type ErrorDetails = Readonly<
  Record<string, string | number | boolean | null | readonly string[]>
>;

/**
 * A business failure: a code from the closed union, its details, and the English text the message
 * catalog gives it (channels re-render from `code` and `details` in the reader's language).
 */
export interface DomainError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details: ErrorDetails;
}

export const domainError = (code: ErrorCode, details: ErrorDetails = {}): DomainError => ({
  code,
  message: errorText(code, details),
  details,
});

/** Shorthand for returning a failed Result. */
export const fail = (code: ErrorCode, details: ErrorDetails = {}) =>
  err(domainError(code, details));
