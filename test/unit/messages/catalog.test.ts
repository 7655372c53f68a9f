import { describe, expect, it } from 'vitest';
import { catalogFor, errorText, fill, text } from '../../../src/messages/catalog.ts';
import { enUS } from '../../../src/messages/en-us.ts';
import { type ErrorCode, type ErrorDetails, errorCodes } from '../../../src/shared/errors.ts';

/** Details as the core's call sites supply them (the `fail(...)` calls in src/). */
const realistic: Readonly<Record<ErrorCode, ErrorDetails>> = {
  AS_OF_BEFORE_PURCHASE: {
    asOf: '2025-12-31',
    purchaseDate: '2026-01-10',
    reservation: 'VM_RI_D2s_weu',
  },
  RESERVATION_EXPIRED: {
    asOf: '2027-02-01',
    expiryDate: '2027-01-10',
    reservation: 'VM_RI_D2s_weu',
  },
  INVALID_QUANTITY: { quantity: '3', max: 2, reservation: 'VM_RI_D2s_weu' },
  EXCHANGE_PRODUCT_FAMILY_MISMATCH: {
    reservation: 'VM_RI_D2s_weu',
    family: 'VirtualMachines',
    newFamily: 'SqlDatabases',
  },
  EXCHANGE_BELOW_REMAINING_COMMITMENT: {
    newTotal: '1000.00',
    minimumNewTotal: '1209.86',
    currency: 'USD',
  },
  CAP_EXCEEDED: {
    customer: 'Contoso Ltd',
    capCounted: '1209.86',
    capRemaining: '500.00',
    capLimit: '50000.00',
    capWindowDays: 365,
    maxQuantityWithinCap: 1,
    capAvailableOn: '2027-03-01',
  },
  INVALID_AMOUNT: { amount: '$1,800', currency: 'USD' },
  AMOUNT_TOO_PRECISE: { amount: '12.345', currency: 'USD', digits: 2 },
  CURRENCY_MISMATCH: { expected: 'EUR', actual: 'USD' },
  UNKNOWN_CURRENCY: { currency: 'XYZ' },
  INVALID_DATE: { date: '2026-02-30' },
  CUSTOMER_NOT_FOUND: { query: 'Contsoo Ltd', suggestions: ['Contoso Ltd'] },
  CUSTOMER_AMBIGUOUS: {
    query: 'conto',
    matches: ['Contoso Ltd (contoso.onmicrosoft.com)', 'Contoso Pharma (contosopharma.com)'],
  },
  RESERVATION_NOT_FOUND: { query: 'Cosmso_DB_1y', suggestions: ['Cosmos_DB_1y', 'Cosmos_DB_3y'] },
  RESERVATION_AMBIGUOUS: {
    query: 'VM_RI_D2s_weu',
    matches: ['VM_RI_D2s_weu of Contoso Ltd (a1)', 'VM_RI_D2s_weu of Fabrikam Inc (f1)'],
  },
  UNKNOWN_COMMAND: { command: 'lsit', suggestions: ['list'] },
  INVALID_ARGUMENTS: { problem: 'Say which customer.', usage: 'list <customer>' },
  UNKNOWN_USER: { user: 'U024BE7LH' },
  NOT_PERMITTED: {
    permission: 'change-scope',
    required: ['admin-agent', 'global-admin'],
    roles: ['sales-agent'],
  },
  SELF_APPROVAL: { requestId: 'RQ-0001' },
  REQUEST_NOT_FOUND: { requestId: 'RQ-0404' },
  ALREADY_DECIDED: { requestId: 'RQ-0001', status: 'approved', decidedBy: 'Ana Silva' },
  INVALID_TRANSITION: { requestId: 'RQ-0001', status: 'rejected', attempted: 'retry' },
  REQUEST_EXPIRED: { requestId: 'RQ-0001', expiredOn: '2026-07-24' },
  REASON_REQUIRED: { field: 'rejectReason', max: 2000 },
  INVALID_CONTACT: { fields: ['email', 'country'] },
  INVALID_SCOPE: { scope: '/subscriptions/nope' },
  INVALID_STATUS: { status: 'pendng', statuses: ['pending_approval', 'approved'] },
  PROVIDER_UNAVAILABLE: { reason: 'ARM answered 503' },
  PROVIDER_ACCESS_DENIED: { access: 'customer-tenant', customer: 'Contoso Ltd', status: '403' },
  UNSUPPORTED_LOCALE: { locale: 'fr-FR', supported: ['en-US', 'zh-CN'] },
  SUPPORT_REQUEST_FAILED: { requestId: 'RQ-0001', reason: 'quota exceeded' },
};

/**
 * Keys that are facts for machines (fields to highlight, the currency asked for) or codes the
 * catalog turns into words (statuses, permissions), not text shown as given.
 */
const notShown: Partial<Record<ErrorCode, readonly string[]>> = {
  INVALID_CONTACT: ['fields'],
  INVALID_AMOUNT: ['currency'],
  NOT_PERMITTED: ['permission'],
  INVALID_TRANSITION: ['status', 'attempted'],
  REASON_REQUIRED: ['field'],
  ALREADY_DECIDED: ['status'],
  PROVIDER_ACCESS_DENIED: ['access'],
};
const leftovers = /\bundefined\b|\bnull\b|\bNaN\b|\[object /;

describe('error messages', () => {
  it.each(errorCodes)('renders %s with empty details as a clean, non-empty sentence', (code) => {
    const message = errorText(code, {});
    expect(message.trim()).not.toBe('');
    expect(message).not.toMatch(leftovers);
  });

  it.each(errorCodes)('renders %s with null details without printing null', (code) => {
    const nulls = Object.fromEntries(Object.keys(realistic[code]).map((k) => [k, null]));
    expect(errorText(code, nulls)).not.toMatch(leftovers);
  });

  it.each(errorCodes)('renders %s with realistic details, showing every detail given', (code) => {
    const message = errorText(code, realistic[code]);
    expect(message).not.toMatch(leftovers);
    expect(message).not.toMatch(/\{\w+\}/);
    for (const [key, value] of Object.entries(realistic[code])) {
      if (notShown[code]?.includes(key)) continue;
      for (const part of Array.isArray(value) ? value : [value])
        expect(message).toContain(String(part));
    }
  });

  it('words codes in details: statuses, permissions, attempts, fields', () => {
    expect(errorText('NOT_PERMITTED', realistic.NOT_PERMITTED)).toContain(
      "To change a reservation's scope",
    );
    expect(errorText('INVALID_TRANSITION', realistic.INVALID_TRANSITION)).toBe(
      'Request RQ-0001 is rejected, so it cannot be filed again now.',
    );
    expect(errorText('REASON_REQUIRED', realistic.REASON_REQUIRED)).toBe(
      'Give a reason for rejecting the request (at most 2000 characters), so the audit trail says why.',
    );
    expect(errorText('INVALID_CONTACT', realistic.INVALID_CONTACT)).toContain(
      'the email is not a valid address; the country is a 3-letter ISO code',
    );
    expect(
      errorText('ALREADY_DECIDED', {
        requestId: 'RD-1',
        status: 'refunded_by_microsoft',
        decidedBy: null,
      }),
    ).toBe('Request RD-1 was already refunded by Microsoft; nothing changed.');
  });

  it('says when the cap will never fit and that nothing fits now', () => {
    const message = errorText('CAP_EXCEEDED', {
      ...realistic.CAP_EXCEEDED,
      maxQuantityWithinCap: 0,
      capAvailableOn: null,
    });
    expect(message).toContain('No quantity fits now.');
    expect(message).toContain('It will never fit');
  });

  it('has a message for exactly the codes of the closed union', () => {
    expect(Object.keys(enUS.errors).sort()).toEqual([...errorCodes].sort());
  });
});

describe('catalog texts', () => {
  it.each(Object.entries(enUS.text))('has non-empty text for %s', (_, sentence) => {
    expect(sentence.trim()).not.toBe('');
  });

  it('writes placeholders only as {word}, never with stray braces', () => {
    for (const sentence of Object.values(enUS.text)) {
      expect(sentence.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
    }
  });

  it('falls back to English for unknown locales and bare languages', () => {
    expect(catalogFor('fr-FR')).toBe(enUS);
    expect(catalogFor('en')).toBe(enUS);
    expect(catalogFor()).toBe(enUS);
  });
});

describe('fill', () => {
  it('fills every known placeholder, numbers included', () => {
    expect(fill('{name} has {count} of {count}', { name: 'Contoso', count: 2 })).toBe(
      'Contoso has 2 of 2',
    );
  });

  it('leaves unknown placeholders visible', () => {
    expect(fill('{name} and {missing}', { name: 'Contoso' })).toBe('Contoso and {missing}');
  });

  it('does not take placeholder values from the object prototype', () => {
    expect(fill('{toString} {constructor}')).toBe('{toString} {constructor}');
  });

  it('inserts values literally, even ones that look like replacement patterns', () => {
    expect(fill('{a}', { a: '$& $1 {b}' })).toBe('$& $1 {b}');
  });

  it('fills a catalog sentence through text()', () => {
    expect(text('list.title', { customer: 'Contoso Ltd', count: 3 })).toBe(
      'Reservations of Contoso Ltd (3)',
    );
  });
});
