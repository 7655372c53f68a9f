import { afterEach, describe, expect, it } from 'vitest';
import { handleText } from '../../../src/chat/handle.ts';
import {
  ProviderFailure,
  type ProviderRefundCalculation,
  type ReservationProvider,
} from '../../../src/ports.ts';
import { money } from '../../../src/shared/money.ts';
import { contact, errorCode, type Harness, openDesk, value } from '../../support/desk-harness.ts';
import { reservation } from '../../support/tenant-builders.ts';

let h: Harness;
afterEach(async () => h?.close());

/** The sandbox with Azure's extras: its own calculateRefund, or failures. */
const withAzure =
  (calc: ProviderRefundCalculation | Error, overrides: Partial<ReservationProvider> = {}) =>
  (p: ReservationProvider): ReservationProvider => ({
    listCustomers: () => p.listCustomers(),
    listReservations: (id?: string) => p.listReservations(id),
    listRefundHistory: (id: string) => p.listRefundHistory(id),
    updateScope: (id, scope) => p.updateScope(id, scope),
    calculateRefund: async () => {
      if (calc instanceof Error) throw calc;
      return calc;
    },
    ...overrides,
  });
const azure = (
  refundMinor: bigint,
  policyErrors: ProviderRefundCalculation['policyErrors'] = [],
): ProviderRefundCalculation => ({
  billingRefund: money(refundMinor, 'USD'),
  pricingRefund: money(refundMinor, 'USD'),
  consumedRefundsTotal: money(4_950_000n, 'USD'),
  maxRefundLimit: money(5_000_000n, 'USD'),
  policyErrors,
});
const submission = {
  reservation: 'VM_RI_D2s_weu',
  reason: 'retired',
  contact,
  channel: 'slack' as const,
};
const words = (r: Awaited<ReturnType<typeof handleText>>) => JSON.stringify(r);

describe('Azure beside the bot', () => {
  it("shows Azure's own calculation under the bot's quote, flagging a difference", async () => {
    h = await openDesk({ provider: withAzure(azure(120_986n)) });
    const reply = await handleText(h.desk, 'refund VM_RI_D2s_weu', {
      actor: await h.as('dev'),
      channel: 'slack',
    });
    expect(words(reply)).toContain("Azure's own calculation");
    expect(words(reply)).toContain('$1,209.86');
    expect(words(reply)).toContain(
      "Azure's refund ($1,209.86) differs from this quote ($1,064.68)",
    );
  });

  it('does not flag a difference of one cent', async () => {
    h = await openDesk({ provider: withAzure(azure(106_469n)) });
    const reply = await handleText(h.desk, 'refund VM_RI_D2s_weu', {
      actor: await h.as('dev'),
      channel: 'slack',
    });
    expect(words(reply)).not.toContain('differs from this quote');
  });

  it("turns Azure's RefundLimitExceeded into the cap refusal, with Azure's figures", async () => {
    h = await openDesk({
      provider: withAzure(
        azure(106_468n, [{ code: 'RefundLimitExceeded', message: 'Refund limit exceeded' }]),
      ),
    });
    const r = await h.desk.submitRefund(await h.as('dev'), submission);
    expect(errorCode(r)).toBe('CAP_EXCEEDED');
    if (!r.ok)
      expect(r.error.details).toMatchObject({ capRemaining: '500.00', capLimit: '50000.00' });
  });

  it('keeps the quote when Azure cannot calculate, and says why', async () => {
    h = await openDesk({
      provider: withAzure(
        new ProviderFailure('PROVIDER_UNAVAILABLE', { reason: 'calculateRefund failed with 503' }),
      ),
    });
    const reply = await handleText(h.desk, 'refund VM_RI_D2s_weu', {
      actor: await h.as('dev'),
      channel: 'slack',
    });
    expect(words(reply)).toContain("Azure's own calculation is not available");
    expect(words(reply)).toContain('$1,064.68');
  });
});

describe('provider failures', () => {
  it('say which access is missing instead of failing', async () => {
    const denied = new ProviderFailure('PROVIDER_ACCESS_DENIED', {
      access: 'customer-tenant',
      customer: 'Contoso Ltd',
      status: '403',
    });
    h = await openDesk({
      provider: withAzure(azure(0n), { listReservations: async () => Promise.reject(denied) }),
    });
    const r = await h.desk.show('VM_RI_D2s_weu');
    expect(errorCode(r)).toBe('PROVIDER_ACCESS_DENIED');
    if (!r.ok)
      expect(r.error.message).toContain('Azure Lighthouse does not give access to reservations');
    expect(await h.desk.search('contoso')).toEqual([]);
  });

  it('file in the subscription the reservation is scoped to', async () => {
    const sub = '8f3a1c2e-5b6d-4e7f-9a0b-1c2d3e4f5a6b';
    h = await openDesk({
      file: {
        reservations: [
          reservation({ appliedScopeType: 'Single', appliedScope: `/subscriptions/${sub}` }),
        ],
      },
    });
    const request = value(await h.desk.submitRefund(await h.as('dev'), submission));
    await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' });
    expect(h.support.last?.subscriptionId).toBe(sub);
  });
});
