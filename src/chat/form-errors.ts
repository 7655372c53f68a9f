import type { ContactDraft } from '../approvals/contact.ts';
import { catalogFor, errorText, fill, type TextKey } from '../messages/catalog.ts';
import type { DomainError, ErrorCode } from '../shared/errors.ts';

/** The fields of the request forms (refund, exchange), whatever a channel calls them. */
export type FormField =
  | 'reservation'
  | 'quantity'
  | 'reason'
  | 'newTotal'
  | 'newFamily'
  | 'form'
  | keyof ContactDraft;

const fieldOfCode: Partial<Record<ErrorCode, FormField>> = {
  RESERVATION_NOT_FOUND: 'reservation',
  RESERVATION_AMBIGUOUS: 'reservation',
  RESERVATION_EXPIRED: 'reservation',
  AS_OF_BEFORE_PURCHASE: 'reservation',
  INVALID_QUANTITY: 'quantity',
  CAP_EXCEEDED: 'quantity',
  REASON_REQUIRED: 'reason',
  EXCHANGE_BELOW_REMAINING_COMMITMENT: 'newTotal',
  INVALID_AMOUNT: 'newTotal',
  AMOUNT_TOO_PRECISE: 'newTotal',
  CURRENCY_MISMATCH: 'newTotal',
  EXCHANGE_PRODUCT_FAMILY_MISMATCH: 'newFamily',
};

/**
 * A refusal of a request form as per-field messages, so every channel marks the same fields: each
 * bad contact detail at its own field, quote refusals at the quantity or the new total, the rest at
 * the form.
 */
export const formErrors = (e: DomainError, locale?: string): Partial<Record<FormField, string>> => {
  if (e.code === 'INVALID_CONTACT') {
    const fields = Array.isArray(e.details.fields)
      ? (e.details.fields as (keyof ContactDraft)[])
      : [];
    const text = catalogFor(locale).text;
    return Object.fromEntries(
      fields.map((f) => [f, fill(text[`form.problem.${f}` as TextKey] ?? f)]),
    );
  }
  return { [fieldOfCode[e.code] ?? 'form']: errorText(e.code, e.details, locale) };
};
