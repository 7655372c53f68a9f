import type { ProblemClassification, SupportTicketDetails } from '@azure/arm-support';
import { isRestError } from '@azure/core-rest-pipeline';
import { ProviderFailure, type SupportRequestInput, type SupportTicket } from '../../src/ports.ts';

/** Azure Support's service ID for Billing, where reservation refunds and exchanges are filed. */
export const billingServiceId = '517f2da6-78fd-0498-4e22-ad26996b1dfc';

/** The two parts of the problem classification's display name that identify the refund route. */
export const refundClassificationParts = [
  'Reservation management',
  'Exchanges and refunds',
] as const;

/** Azure's limit on a support ticket title. */
export const maxTitleLength = 200;

const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * Whether a problem classification's display name is "Reservation Management / Exchanges and
 * Refunds": case-insensitive, any separators ("/", "-", ">", ":"), "&" read as "and".
 */
export const isRefundClassification = (displayName: string | undefined): boolean => {
  if (displayName === undefined) return false;
  const name = words(displayName);
  return refundClassificationParts.every((part) => name.includes(words(part)));
};

/** The full ID of the refund classification among those Azure listed, or undefined. */
export const refundClassificationId = (
  classifications: readonly ProblemClassification[],
): string | undefined => {
  const found = classifications.find((c) => isRefundClassification(c.displayName));
  if (found === undefined) return undefined;
  return (
    found.id ??
    `/providers/Microsoft.Support/services/${billingServiceId}/problemClassifications/${found.name ?? ''}`
  );
};

/**
 * The ticket's resource name: `reservation-desk-<request ID>`, lowercase letters, digits and single
 * dashes (no characters ARM refuses in a name), at most 100 characters. The same request ID always
 * gives the same name, so a retry finds the ticket it created before.
 */
export const supportTicketName = (requestId: string): string =>
  `reservation-desk-${requestId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
    .slice(0, 100)
    .replace(/-+$/, '');

const title = (text: string): string =>
  text.length <= maxTitleLength ? text : `${text.slice(0, maxTitleLength - 1)}…`;

/** The create payload: Billing, the refund classification, severity minimal, the modal's contact. */
export const ticketDetails = (
  input: SupportRequestInput,
  problemClassificationId: string,
): SupportTicketDetails => {
  const c = input.contact;
  return {
    serviceId: `/providers/Microsoft.Support/services/${billingServiceId}`,
    problemClassificationId,
    severity: 'minimal',
    title: title(input.title),
    description: input.description,
    contactDetails: {
      firstName: c.firstName,
      lastName: c.lastName,
      preferredContactMethod: c.preferredContactMethod,
      primaryEmailAddress: c.email,
      ...(c.phone === undefined ? {} : { phoneNumber: c.phone }),
      preferredTimeZone: c.timeZone,
      country: c.country,
      preferredSupportLanguage: c.language,
    },
  };
};

/** What the desk keeps of Azure's ticket; `name` is the one derived from the request ID. */
export const toSupportTicket = (details: SupportTicketDetails, name: string): SupportTicket => {
  if (details.supportTicketId === undefined || details.supportTicketId === '') {
    throw new ProviderFailure('PROVIDER_UNAVAILABLE', {
      reason: `Azure Support answered for ticket ${name} without a support ticket number`,
    });
  }
  return { name, supportTicketId: details.supportTicketId, status: details.status ?? 'Unknown' };
};

/** The HTTP status of an Azure SDK error, or undefined. */
export const restStatus = (error: unknown): number | undefined =>
  isRestError(error) ? error.statusCode : undefined;

/** Why a ticket cannot be filed without a subscription, and what to do about it. */
export const noSubscriptionReason = (customerTenantId: string): string =>
  `Azure Support files a ticket in one of the customer's subscriptions, and none is known for ` +
  `customer tenant ${customerTenantId} (the reservation is not scoped to a single subscription). ` +
  `Scope the reservation to one of the customer's subscriptions and retry, or file the request in ` +
  `the Azure portal (Help + support → Billing → Reservation management → Exchanges and refunds)`;
