import type { ErrorDetails } from '../shared/errors.ts';

const v = (d: ErrorDetails, key: string): string => {
  const value = d[key];
  return value === undefined || value === null
    ? ''
    : Array.isArray(value)
      ? value.join(', ')
      : String(value);
};
/** Words shared by sentences below and by the text table (one source per term). */
const statusWords: Readonly<Record<string, string>> = {
  pending_approval: 'pending approval',
  approved: 'approved',
  filed: 'filed with Microsoft',
  refunded_by_microsoft: 'refunded by Microsoft',
  credited_to_customer: 'credited to customer',
  rejected: 'rejected',
  expired: 'expired',
  failed: 'failed',
};
const permissionWords: Readonly<Record<string, string>> = {
  view: 'see reservations and quotes',
  request: 'submit refund and exchange requests',
  approve: 'approve, reject or retry requests',
  'change-scope': "change a reservation's scope",
  'record-settlement': 'record refunds and customer credits',
};
const requiredWords: Readonly<Record<string, string>> = {
  reason: 'a reason for the request',
  rejectReason: 'a reason for rejecting the request',
  reference: 'a reference (credit note, invoice or transaction number)',
};
const attemptWords: Readonly<Record<string, string>> = {
  retry: 'filed again',
  'record-microsoft-refund': 'recorded as refunded by Microsoft',
  'record-customer-credit': 'recorded as credited to the customer',
};
const contactProblems: Readonly<Record<string, string>> = {
  firstName: 'the first name is required',
  lastName: 'the last name is required',
  preferredContactMethod: 'the preferred contact method is email or phone',
  email: 'the email is not a valid address',
  phone:
    'a phone number (digits, an optional leading +) is needed when the preferred contact method is phone',
  timeZone: 'the time zone is required',
  language: 'the support language is a code like en-us',
  country: 'the country is a 3-letter ISO code like USA or DEU',
};
const missingWords: Readonly<Record<string, string>> = {
  customer: 'customer (name, domain or ID)',
  reservation: 'reservation (ID, order ID or name)',
  request: 'request (its ID, like RD-7KQ2M9XA)',
};
const word = (table: Readonly<Record<string, string>>, key: string) => table[key] ?? key;

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
    INVALID_ARGUMENTS: (d: ErrorDetails) =>
      `${v(d, 'missing') === '' ? v(d, 'problem') : `Say which ${word(missingWords, v(d, 'missing'))}.`} Usage: ${v(d, 'usage')}`,
    UNKNOWN_USER: (d: ErrorDetails) =>
      `You (${v(d, 'user')}) are not in Reservation Desk's agent directory. Ask a partner admin to add you with your Partner Center role.`,
    NOT_PERMITTED: (d: ErrorDetails) =>
      `To ${word(permissionWords, v(d, 'permission'))} you need one of these roles: ${v(d, 'required')}. Your roles: ${v(d, 'roles') || 'none'}.`,
    SELF_APPROVAL: (d: ErrorDetails) =>
      `You submitted ${v(d, 'requestId')} yourself, so someone else with an approver role must decide it (four eyes).`,
    REQUEST_NOT_FOUND: (d: ErrorDetails) =>
      `There is no request ${v(d, 'requestId')}. Type "requests" to list them.`,
    ALREADY_DECIDED: (d: ErrorDetails) =>
      `Request ${v(d, 'requestId')} was already ${word(statusWords, v(d, 'status'))}${v(d, 'decidedBy') === '' ? '' : ` by ${v(d, 'decidedBy')}`}; nothing changed.`,
    INVALID_TRANSITION: (d: ErrorDetails) =>
      `Request ${v(d, 'requestId')} is ${word(statusWords, v(d, 'status'))}, so it cannot be ${word(attemptWords, v(d, 'attempted'))} now.`,
    REQUEST_EXPIRED: (d: ErrorDetails) =>
      `Request ${v(d, 'requestId')} expired on ${v(d, 'expiredOn')} without a decision. Get a new quote and submit it again.`,
    REASON_REQUIRED: (d: ErrorDetails) =>
      `Give ${word(requiredWords, v(d, 'field') || 'reason')}${v(d, 'max') === '' ? '' : ` (at most ${v(d, 'max')} characters)`}, so the audit trail says why.`,
    INVALID_CONTACT: (d: ErrorDetails) =>
      `The support contact details need fixing: ${v(d, 'fields')
        .split(', ')
        .filter(Boolean)
        .map((f) => word(contactProblems, f))
        .join('; ')}. Microsoft uses them to reach you about this request.`,
    INVALID_SCOPE: (d: ErrorDetails) =>
      `"${v(d, 'scope')}" is not a scope. Use "shared", a subscription ID, /subscriptions/<id>/resourceGroups/<name>, or /providers/Microsoft.Management/managementGroups/<id>.`,
    INVALID_STATUS: (d: ErrorDetails) =>
      `"${v(d, 'status')}" is not a request status. Use one of: ${v(d, 'statuses')}.`,
    UNSUPPORTED_LOCALE: (d: ErrorDetails) =>
      `Reservation Desk does not speak "${v(d, 'locale')}" yet. Choose one of: ${v(d, 'supported')}, or "auto" to follow your app's language.`,
    PROVIDER_ACCESS_DENIED: (d: ErrorDetails) =>
      v(d, 'access') === 'partner-center'
        ? `Partner Center refused the bot's app registration (${v(d, 'status')}). Consent the app in the partner tenant and give it Partner Center API access (README, "Azure mode").`
        : `Azure refused access to ${v(d, 'customer') || 'this customer'}'s tenant (${v(d, 'status')}). The bot needs admin-agent (GDAP: Azure roles including Reservation administrator) access in the customer's tenant; Azure Lighthouse does not give access to reservations.`,
    PROVIDER_UNAVAILABLE: (d: ErrorDetails) =>
      `Azure or Partner Center did not answer as expected: ${v(d, 'reason')}. Try again; if it keeps failing, check the app registration's access (README, "Azure mode").`,
    SUPPORT_REQUEST_FAILED: (d: ErrorDetails) =>
      `The support request for ${v(d, 'requestId')} could not be created: ${v(d, 'reason')}. The request is marked failed; an approver can retry it.`,
  },
  text: {
    'help.language': 'Show or choose your language (for every channel); "auto" follows your app',
    'language.current': 'You are answered in {language}. Available: {available}.',
    'language.set': 'From now on you are answered in {language}, on every channel.',
    'language.auto': "From now on you are answered in your app's language ({language}).",
    'language.name.en-US': 'English',
    'language.name.zh-CN': '\u7b80\u4f53\u4e2d\u6587 (Simplified Chinese)',
    'quote.azureHeading': "Azure's own calculation",
    'label.azureRefund': 'Refund (Azure)',
    'label.azureRefundUsd': 'Refund in USD (Azure)',
    'label.azureLimit': 'Refund limit (Azure)',
    'quote.azureLimitLine': '{consumed} used of {limit}',
    'quote.azurePolicy': 'Azure says {code}: {message}',
    'quote.azureDiffers':
      "Azure's refund ({azure}) differs from this quote ({ours}). Check the policy settings (fee, grace window) before submitting.",
    'quote.azureUnavailable': "Azure's own calculation is not available: {reason}",
    'form.reservation': 'Reservation (ID, order ID or name)',
    'form.reservationMissing': 'Say which reservation: its ID, order ID or name.',
    'teams.updateQuote': 'Update quote',
    'teams.submitted': 'Request submitted: its approval card is in the conversation.',
    'teams.rejectReasonLabel': 'Reason (needed to reject)',
    'teams.turnFailed':
      "Something went wrong on the bot's side, and this was not done. Try again in a minute; if it happens again, ask whoever runs Reservation Desk to look for teams_turn_failed in its log.",
    'teams.unknownAction':
      'This card action is not one Reservation Desk knows, so nothing was done. Use the buttons on the request card.',
    'form.problem.firstName': word(contactProblems, 'firstName'),
    'form.problem.lastName': word(contactProblems, 'lastName'),
    'form.problem.preferredContactMethod': word(contactProblems, 'preferredContactMethod'),
    'form.problem.email': word(contactProblems, 'email'),
    'form.problem.phone': word(contactProblems, 'phone'),
    'form.problem.timeZone': word(contactProblems, 'timeZone'),
    'form.problem.language': word(contactProblems, 'language'),
    'form.problem.country': word(contactProblems, 'country'),
    'action.share': 'Share in channel',
    'form.contactHeading': 'Support contact for Microsoft',
    'form.method.email': 'Email',
    'form.method.phone': 'Phone',
    'form.newPurchaseHeading': 'The new reservation',
    'form.scopeType': 'Scope',
    'form.scopeTarget': 'Subscription, resource group or management group ID (not for Shared)',
    'scopeType.Shared': 'Shared (every subscription of the billing context)',
    'scopeType.Single': 'Single subscription',
    'scopeType.ResourceGroup': 'Resource group',
    'scopeType.ManagementGroup': 'Management group',
    'slack.cancel': 'Cancel',
    'slack.change': 'Change',
    'slack.record': 'Record',
    'slack.requestApproval': 'Request approval',
    'slack.refundTitle': 'Refund a reservation',
    'slack.exchangeTitle': 'Exchange a reservation',
    'slack.rejectTitle': 'Reject request',
    'slack.scopeTitle': 'Change scope',
    'slack.microsoftRefundTitle': 'Microsoft refunded',
    'slack.customerCreditTitle': 'Customer credited',
    'slack.newTotalHint': 'Press Enter to see the quote for this total.',
    'slack.rejectIntro':
      'Why is request {id} rejected? The requester sees the reason, and it goes into the audit trail.',
    'slack.settleIntro':
      'Request {id}: {reservation} of {customer}. The amount the quote expects is filled in; change it if the money that moved differs.',
    'slack.reservationLine':
      '*{name}* \u00b7 {customer}\nReservation ID `{id}` \u00b7 Order ID `{order}`',
    'audit.submitted': 'submitted',
    'audit.approved': 'approved',
    'audit.rejected': 'rejected',
    'audit.expired': 'expired',
    'audit.filed': 'support request filed',
    'audit.failed': 'filing failed',
    'audit.retried': 'filed on retry',
    'audit.refunded_by_microsoft': 'Microsoft refunded',
    'audit.credited_to_customer': 'customer credited',
    'audit.scope_changed': 'scope changed',
    'audit.refused': 'refused',
    'refused.tamperedButton':
      'This button was not made by Reservation Desk for this conversation, or was changed since, so nothing was done; the attempt is in the audit trail. Use the buttons on the message of the request itself, or show it again with "request" and its ID.',
    'refused.tamperedForm':
      'This form was changed after Reservation Desk opened it, so nothing was submitted; the attempt is in the audit trail. Close it and start again.',
    'start.usage': 'Unknown argument(s): {args}. Usage: npm start [-- --shell]',
    'shell.banner':
      'Reservation Desk console ({provider} provider)\nData:  {data}\nStore: {store}\nToday: {today} (UTC){fixed}\nType "help" for the commands, "/as <name>" to act as someone else, "quit" to leave.',
    'shell.fixedNow': ', fixed by RESERVATION_DESK_NOW',
    'shell.help':
      'In the console: "/as <name or email>" acts as another member of staff (no name lists them), "whoami" says who you are, a number picks one of the numbered choices above, "quit" or Ctrl-D leaves.',
    'shell.asList': 'The agent directory:\n  {agents}\nType "/as <name or email>".',
    'shell.nowActingAs': 'You are now {name} ({roles}).',
    'shell.nobody':
      'Nobody is in the agent directory, so there is no one to act as. Add agents to the data file.',
    'shell.noSuchChoice':
      'There is no choice {choice}: pick a number from the list above (there are {count}), or type a command.',
    'shell.bye': 'Bye.',
    'shell.formIntro': 'Request details (press Enter to keep the value in brackets):',
    'shell.newPurchaseIntro': 'The new reservation (press Enter to keep the value in brackets):',
    'shell.submitted':
      'Request {id} submitted. It now waits for an Admin agent or Global admin other than you: "/as <approver>", then pick Approve.',
    'form.quantity': 'Quantity to return',
    'form.reason': 'Reason (for the approver and Microsoft)',
    'form.scope':
      'New scope (shared, a subscription ID, or a resource group or management group ID)',
    'form.rejectReason': 'Reason for rejecting',
    'form.amount': 'Amount ({currency})',
    'form.reference': 'Reference (credit note, invoice or transaction number)',
    'form.family': 'Product family',
    'form.sku': 'SKU',
    'form.region': 'Region',
    'form.term': 'Term (P1Y, P3Y, P5Y)',
    'form.newQuantity': 'Quantity of the new reservation',
    'form.plan': 'Billing plan (Upfront, Monthly)',
    'form.newTotal': 'Lifetime total of the new reservation ({currency})',
    'form.contact.firstName': 'Contact first name',
    'form.contact.lastName': 'Contact last name',
    'form.contact.preferredContactMethod': 'Preferred contact method (email, phone)',
    'form.contact.email': 'Contact email',
    'form.contact.phone': 'Contact phone',
    'form.contact.timeZone': 'Time zone',
    'form.contact.language': 'Support language',
    'form.contact.country': 'Country (3-letter code, e.g. USA, GBR, DEU)',
    'action.approve': 'Approve',
    'action.reject': 'Reject',
    'action.retry': 'Retry filing',
    'action.microsoftRefunded': 'Microsoft refunded the partner',
    'action.customerCredited': 'Customer credited',
    'card.pending': 'Waiting for approval by an Admin agent or Global admin (not the requester).',
    'card.approved': 'Approved by {by}; filing the support request.',
    'card.filed': 'Approved by {by}. Support request {ticket} filed with Microsoft.',
    'card.refunded': 'Approved by {by}. Microsoft refunded the partner (support request {ticket}).',
    'card.credited': 'Approved by {by}. The customer has been credited: done.',
    'card.rejected': 'Rejected by {by}: {reason}',
    'card.expired': 'Expired without a decision.',
    'card.failed':
      'Approved by {by}, but filing the support request failed: {reason}. An approver can retry.',
    'label.feePlain': 'Early termination fee',
    'label.newPurchase': 'New purchase',
    'label.microsoftRefund': 'Microsoft refunded',
    'label.customerCredit': 'Customer credited',
    'help.request': 'One request: its quote, its audit trail, and what can be done next',
    'cli.usage':
      "Usage: npm run --silent cli -- <command> [options]   (or: reservation-desk <command>)\n\nCommands:\n  quote refund <reservation> [--quantity N] [--as-of YYYY-MM-DD]\n  quote exchange <reservation> --new-total AMOUNT [--new-type TYPE] [--quantity N] [--as-of YYYY-MM-DD]\n  customers [search]\n  list <customer>\n  show <reservation>\n  cap <customer> [--as-of YYYY-MM-DD]\n  requests [status]\n\nOptions:\n  --json      print one JSON document on stdout and nothing else\n  -h, --help  this help\n\nA reservation is named by its reservation ID, order ID or display name; a customer by name,\ndomain or ID. Data comes from RESERVATION_DESK_DATA (default: the demo tenant) and the bot's\nstore RESERVATION_DESK_STORE, which the CLI only reads.\nExit codes: 0 done, 1 refused (the error says why), 2 bad usage.",
    'access.none': 'No role assignments are recorded for this reservation.',
    'access.title': 'Who has access to {name}',
    'action.exchange': 'Exchange',
    'action.portal': 'Open in Azure portal',
    'action.refund': 'Refund',
    'action.requestExchange': 'Request an exchange',
    'action.requestRefund': 'Request this refund',
    'action.scope': 'Change scope',
    'audit.system': 'Reservation Desk',
    'cap.barCaption': '{used} of {limit} used',
    'cap.limitLine': '{limit} of canceled commitment per rolling {days} days',
    'cap.noEntries': 'No refunds count toward the cap in the last {days} days.',
    'cap.sourceBot': 'Reservation Desk request {id}',
    'cap.sourceHistory': 'refund made outside Reservation Desk',
    'cap.title': 'Refund cap of {customer}',
    'customers.empty': 'No customers match.',
    'customers.title': 'Customers ({count})',
    'help.access': 'Who holds Azure roles on a reservation',
    'help.cap': "A customer's rolling refund cap: used, remaining, what frees when",
    'help.customers': 'Your CSP customers, with how many reservations each has',
    'help.exchange': 'What an exchange credits and the minimum new purchase; then request it',
    'help.help': 'This list, or one command in detail',
    'help.list': "A customer's reservations: expiry, scope, utilization, IDs",
    'help.naming':
      'Name a reservation by its reservation ID, its order ID, or its display name (add the customer when several share it: contoso/VM_RI_D2s_weu). Name a customer by name, domain or ID.',
    'help.refund': 'An exact refund quote (credit, fee, refund, cap); then request it',
    'help.requests': 'Refund and exchange requests, optionally of one status',
    'help.roles': 'Who may do what: the agent directory and Partner Center roles',
    'help.scope': "Show or change where a reservation's discount applies (approvers)",
    'help.show': 'One reservation in full, with Refund, Exchange and Change scope',
    'help.title': 'Reservation Desk: commands',
    'kind.exchange': 'exchange',
    'kind.refund': 'refund',
    'label.action': 'Action',
    'label.amount': 'Amount',
    'label.amountUsd': 'Canceled commitment (USD)',
    'label.asOf': 'As of (UTC)',
    'label.basis': 'Basis',
    'label.capCounted': 'Counts toward the cap',
    'label.capLimit': 'Cap',
    'label.capRemaining': 'Remaining',
    'label.capUsed': 'Refund cap',
    'label.capUsedAmount': 'Used',
    'label.channel': 'Channel',
    'label.command': 'Command',
    'label.credit': 'Credit',
    'label.creditCovers': 'Credit covers',
    'label.customer': 'Customer',
    'label.customerId': 'Customer ID',
    'label.date': 'Date',
    'label.decidedBy': 'Decided by',
    'label.domain': 'Domain',
    'label.email': 'Email',
    'label.example': 'Example',
    'label.exchangeCredit': 'Exchange credit',
    'label.expires': 'Expires',
    'label.failure': 'Failure',
    'label.family': 'Product family',
    'label.fee': 'Early termination fee ({percent}%)',
    'label.freesOn': 'Frees on',
    'label.kind': 'Kind',
    'label.may': 'May',
    'label.minimumNewTotal': 'Minimum new purchase',
    'label.name': 'Name',
    'label.netPayable': 'Net payable',
    'label.newTotal': 'New purchase total',
    'label.note': 'Note',
    'label.orderId': 'Reservation order ID',
    'label.price': 'Lifetime commitment',
    'label.principal': 'Principal',
    'label.principalType': 'Type',
    'label.product': 'Product',
    'label.purchased': 'Purchased',
    'label.qty': 'Qty',
    'label.quantity': 'Quantity',
    'label.reason': 'Reason',
    'label.refund': 'Refund',
    'label.remainingCommitment': 'Remaining commitment',
    'label.request': 'Request',
    'label.requestedBy': 'Requested by',
    'label.reservation': 'Reservation',
    'label.reservationId': 'Reservation ID',
    'label.reservations': 'Reservations',
    'label.role': 'Role',
    'label.roles': 'Roles',
    'label.scope': 'Scope',
    'label.source': 'Source',
    'label.status': 'Status',
    'label.supportRequest': 'Support request',
    'label.termAndPlan': 'Term · plan',
    'label.termUsed': 'Term used',
    'label.usage': 'Usage',
    'label.utilization': 'Utilization (1 / 7 / 30 days)',
    'label.utilization30': '30-day use',
    'label.what': 'What it does',
    'label.when': 'When (UTC)',
    'label.who': 'Who',
    'list.empty': 'This customer has no reservations.',
    'list.more':
      'Showing the {shown} that expire soonest of {count}. Ask for one by name, ID or order ID with `show`.',
    'list.expired': 'expired {date}',
    'list.title': 'Reservations of {customer} ({count})',
    'permission.approve': 'approve',
    'permission.change-scope': 'change scope',
    'permission.record-settlement': 'record settlements',
    'permission.request': 'request',
    'permission.view': 'view and quote',
    'quote.basisFull':
      'full: {days} day(s) after purchase, within the {grace}-day window, never used',
    'quote.basisProrated': 'prorated: {remaining} of {term} days remain',
    'quote.capCaption': '{used} used + {counted} this refund, of {limit} ({remaining} remaining)',
    'quote.capFreesOn': 'Enough cap frees on {date}.',
    'quote.capNever': 'It is larger than the whole cap and will never fit; ask Microsoft support.',
    'quote.exceedsCap':
      "This refund does not fit the customer's remaining cap of {remaining}, so it cannot be submitted.",
    'quote.exchangeRules':
      'The new reservation must be {family} with a lifetime total of at least {minimum}. Exchanges carry no fee and do not count toward the refund cap.',
    'quote.exchangeTitle': 'Exchange: {name}, {quantity} of {of}',
    'quote.maxWithinCap': 'Up to {max} unit(s) fit now.',
    'quote.noneFits': 'No quantity fits now.',
    'quote.refundTitle': 'Refund quote: {name}, {quantity} of {of}',
    'quote.unused': 'never used',
    'quote.used': 'used since purchase',
    'request.title': 'Request {id} ({kind})',
    'requests.empty': 'No requests yet.',
    'requests.title': 'Requests ({count})',
    'requests.titleStatus': 'Requests: {status} ({count})',
    'reservation.expiredOn': 'expired on {date}',
    'reservation.expiresIn': '{date} (in {days} days)',
    'reservation.noUtilization': 'no utilization data',
    'reservation.title': '{name} · {customer}',
    'reservation.utilizationAsOf': '(measured {asOf} UTC)',
    'reservation.utilizationLine': '{day1} / {day7} / {day30}',
    'roles.title': 'Agent directory ({count})',
    'scope.changed': 'Scope of {name} changed from {from} to {to}.',
    'scope.current': 'The scope of {name} is {scope}.',
    'scope.howTo':
      'To change it (Admin agent or Global admin): scope <reservation> shared | <subscription ID> | /subscriptions/<id>/resourceGroups/<name> | /providers/Microsoft.Management/managementGroups/<id>',
    'status.approved': word(statusWords, 'approved'),
    'status.credited_to_customer': word(statusWords, 'credited_to_customer'),
    'status.expired': word(statusWords, 'expired'),
    'status.failed': word(statusWords, 'failed'),
    'status.filed': word(statusWords, 'filed'),
    'status.pending_approval': word(statusWords, 'pending_approval'),
    'status.refunded_by_microsoft': word(statusWords, 'refunded_by_microsoft'),
    'status.rejected': word(statusWords, 'rejected'),
    'support.kindRefund': 'refund',
    'support.kindExchange': 'exchange',
    'support.title':
      'Reservation {kind}: {reservationName} ({quantity} unit(s)) for {customer} [{requestId}]',
    'support.description': [
      'Please process this Azure reservation {kind} for our CSP customer.',
      'Customer: {customer} (tenant {tenantId})',
      'Reservation: {reservationName}',
      'Reservation ID: {reservationId}',
      'Reservation order ID: {orderId}',
      'Quantity to return: {quantity}',
      'Reason: {reason}',
      'Requested by {requestedBy}; approved by {approvedBy} (Reservation Desk request {requestId}).',
      'Quote as of {quoteAsOf} (UTC), {currency}:',
    ].join('\n'),
    'support.refundLines':
      'Credit {credit}, early termination fee {fee}, refund {refund} {currency}.',
    'support.exchangeLines':
      'Exchange credit {credit}; new purchase {newPurchase}, lifetime total {newTotal}; net payable {netPayable} {currency}.',
  },
};
