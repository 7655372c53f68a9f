import type { ErrorDetails } from '../shared/errors.ts';

const v = (d: ErrorDetails, key: string): string => {
  const value = d[key];
  return value === undefined || value === null
    ? ''
    : Array.isArray(value)
      ? value.join(', ')
      : String(value);
};
const didYouMean = (d: ErrorDetails): string => {
  const s = v(d, 'suggestions');
  return s === ''
    ? ''
    : ` Did you mean ${s
        .split(', ')
        .map((x) => `"${x}"`)
        .join(' or ')}?`;
};

/** English (United States): the product's source language. Every user-facing sentence is here. */
export const enUS = {
  locale: 'en-US',
  errors: {
    AS_OF_BEFORE_PURCHASE: (d: ErrorDetails) =>
      `The as-of date ${v(d, 'asOf')} is before ${v(d, 'reservation')} was purchased (${v(d, 'purchaseDate')}). Pick a date on or after the purchase date.`,
    RESERVATION_EXPIRED: (d: ErrorDetails) =>
      `${v(d, 'reservation')} expired on ${v(d, 'expiryDate')}, so it can no longer be refunded or exchanged (as of ${v(d, 'asOf')}).`,
    INVALID_QUANTITY: (d: ErrorDetails) =>
      `Quantity ${v(d, 'quantity')} is not valid for ${v(d, 'reservation')}: give a whole number from 1 to ${v(d, 'max')}.`,
    EXCHANGE_PRODUCT_FAMILY_MISMATCH: (d: ErrorDetails) =>
      `An exchange stays within one product family: ${v(d, 'reservation')} is ${v(d, 'family')}, the new purchase is ${v(d, 'newFamily')}. Choose a ${v(d, 'family')} reservation, or request a refund instead.`,
    EXCHANGE_BELOW_REMAINING_COMMITMENT: (d: ErrorDetails) =>
      `The new purchase (${v(d, 'newTotal')} ${v(d, 'currency')}) must be at least ${v(d, 'minimumNewTotal')} ${v(d, 'currency')}, the commitment being returned. Raise the new reservation's quantity, term or size.`,
    CAP_EXCEEDED: (d: ErrorDetails) => {
      const max = Number(v(d, 'maxQuantityWithinCap'));
      const when = v(d, 'capAvailableOn');
      const now = max > 0 ? ` You can request up to ${max} unit(s) now.` : ' No quantity fits now.';
      const later =
        when === ''
          ? ' It will never fit: it is larger than the whole cap; split it or ask Microsoft.'
          : ` Enough cap frees on ${when}.`;
      return `This refund would cancel ${v(d, 'capCounted')} USD of commitment, but ${v(d, 'customer')} has ${v(d, 'capRemaining')} USD left of its ${v(d, 'capLimit')} USD refund cap (rolling ${v(d, 'capWindowDays')} days).${now}${later}`;
    },
    INVALID_AMOUNT: (d: ErrorDetails) =>
      `"${v(d, 'amount')}" is not an amount: write digits with an optional decimal point, like 1800.00 (no currency sign or thousands separators).`,
    AMOUNT_TOO_PRECISE: (d: ErrorDetails) =>
      `"${v(d, 'amount')}" has more decimals than ${v(d, 'currency')} allows (${v(d, 'digits')}).`,
    CURRENCY_MISMATCH: (d: ErrorDetails) =>
      `Amounts here are in ${v(d, 'expected')}, not ${v(d, 'actual')}.`,
    UNKNOWN_CURRENCY: (d: ErrorDetails) =>
      `${v(d, 'currency')} is not a currency Reservation Desk knows. Use an ISO 4217 code such as USD, EUR or JPY.`,
    INVALID_DATE: (d: ErrorDetails) =>
      `"${v(d, 'date')}" is not a date: write it as YYYY-MM-DD (UTC), for example 2026-07-10.`,
    CUSTOMER_NOT_FOUND: (d: ErrorDetails) =>
      `No customer matches "${v(d, 'query')}".${didYouMean(d)} Type "customers" to see them all.`,
    CUSTOMER_AMBIGUOUS: (d: ErrorDetails) =>
      `"${v(d, 'query')}" matches several customers: ${v(d, 'matches')}. Use the customer's domain or ID.`,
    RESERVATION_NOT_FOUND: (d: ErrorDetails) =>
      `No reservation matches "${v(d, 'query')}".${didYouMean(d)} Type "list <customer>" to see a customer's reservations.`,
    RESERVATION_AMBIGUOUS: (d: ErrorDetails) =>
      `"${v(d, 'query')}" matches several reservations: ${v(d, 'matches')}. Use the reservation ID or order ID.`,
    UNKNOWN_COMMAND: (d: ErrorDetails) =>
      `"${v(d, 'command')}" is not a command.${didYouMean(d)} Type "help" to see every command.`,
    INVALID_ARGUMENTS: (d: ErrorDetails) => `${v(d, 'problem')} Usage: ${v(d, 'usage')}`,
    UNKNOWN_USER: (d: ErrorDetails) =>
      `You (${v(d, 'user')}) are not in Reservation Desk's agent directory. Ask a partner admin to add you with your Partner Center role.`,
    NOT_PERMITTED: (d: ErrorDetails) =>
      `To ${v(d, 'action')} you need one of these roles: ${v(d, 'required')}. Your roles: ${v(d, 'roles') || 'none'}.`,
    SELF_APPROVAL: (d: ErrorDetails) =>
      `You submitted ${v(d, 'requestId')} yourself, so someone else with an approver role must decide it (four eyes).`,
    REQUEST_NOT_FOUND: (d: ErrorDetails) =>
      `There is no request ${v(d, 'requestId')}. Type "requests" to list them.`,
    ALREADY_DECIDED: (d: ErrorDetails) =>
      `Request ${v(d, 'requestId')} was already ${v(d, 'status')} by ${v(d, 'decidedBy')}; nothing changed.`,
    INVALID_TRANSITION: (d: ErrorDetails) =>
      `Request ${v(d, 'requestId')} is ${v(d, 'status')}, so it cannot be ${v(d, 'action')} now.`,
    REQUEST_EXPIRED: (d: ErrorDetails) =>
      `Request ${v(d, 'requestId')} expired on ${v(d, 'expiredOn')} without a decision. Get a new quote and submit it again.`,
    REASON_REQUIRED: (d: ErrorDetails) =>
      `Give ${v(d, 'what') || 'a reason'}, so the audit trail says why.`,
    INVALID_CONTACT: (d: ErrorDetails) =>
      `The support contact details need fixing: ${v(d, 'problems')}. Microsoft uses them to reach you about this request.`,
    INVALID_SCOPE: (d: ErrorDetails) =>
      `"${v(d, 'scope')}" is not a scope. Use "shared", a subscription ID, /subscriptions/<id>/resourceGroups/<name>, or /providers/Microsoft.Management/managementGroups/<id>.`,
    INVALID_STATUS: (d: ErrorDetails) =>
      `"${v(d, 'status')}" is not a request status. Use one of: ${v(d, 'statuses')}.`,
    PROVIDER_UNAVAILABLE: (d: ErrorDetails) =>
      `The reservation data could not be read: ${v(d, 'reason')}. Try again; if it keeps failing, check the provider's access.`,
    SUPPORT_REQUEST_FAILED: (d: ErrorDetails) =>
      `The support request for ${v(d, 'requestId')} could not be created: ${v(d, 'reason')}. The request is marked failed; an approver can retry it.`,
  },
  text: {
    placeholder: '',
  },
};
