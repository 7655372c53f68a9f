import { ProviderFailure } from '../ports.ts';
import type { Agent } from '../reservations/model.ts';
import { type DomainError, fail } from '../shared/errors.ts';
import { KeyedLock } from '../shared/keyed-lock.ts';
import type { Result } from '../shared/result.ts';
import type { CalendarDate } from '../shared/time.ts';
import { approve, type Decision, reject, retry } from './decide.ts';
import type { DeskContext, DeskDependencies } from './deps.ts';
import { sweepStale } from './expiry.ts';
import { type Identity, identify } from './identify.ts';
import { capStatus, listRequests } from './ledger-and-requests.ts';
import { localeFor, setLocale } from './locale.ts';
import {
  type ExchangeQuoteOptions,
  listCustomers,
  listReservations,
  type QuoteOptions,
  quoteExchangeFor,
  searchReservations,
  showReservation,
} from './queries.ts';
import { type RefusalInput, recordRefusal } from './record-refusal.ts';
import { findById, requestsByCustomer } from './records.ts';
import { quoteRefundFor } from './refund-quotes.ts';
import { changeScope } from './scope.ts';
import { recordCustomerCredit, recordMicrosoftRefund, type SettlementInput } from './settle.ts';
import {
  type ExchangeSubmission,
  type Submission,
  submitExchange,
  submitRefund,
} from './submit.ts';

/**
 * The domain core's one facade: what every channel (Slack, Teams, shell, CLI) calls. Business
 * failures come back as `Result` values; infrastructure failures are thrown.
 */
/**
 * Provider failures (Azure refusing access, or down) come back as refusals the person can act on,
 * from every entry point; anything else thrown is a bug and stays thrown.
 */
const guarded =
  <A extends unknown[], T>(run: (...args: A) => Promise<Result<T, DomainError>>) =>
  async (...args: A): Promise<Result<T, DomainError>> => {
    try {
      return await run(...args);
    } catch (error) {
      if (error instanceof ProviderFailure) return fail(error.code, error.details);
      throw error;
    }
  };

export const createDesk = (deps: DeskDependencies) => {
  const ctx: DeskContext = { ...deps, customerLock: new KeyedLock() };
  return {
    policy: deps.policy,
    clock: deps.clock,
    identify: async (who: Identity) => identify(await deps.directory.listAgents(), who),
    agents: () => deps.directory.listAgents(),
    /** The language to answer `agent` in, given what their chat app reports. */
    localeFor: (agent: Agent | undefined, reported?: string) => localeFor(ctx, agent, reported),
    setLocale: (agent: Agent, requested: string) => setLocale(ctx, agent, requested),
    customers: guarded((query?: string) => listCustomers(ctx, query)),
    reservations: guarded((customer: string) => listReservations(ctx, customer)),
    show: guarded((reservation: string) => showReservation(ctx, reservation)),
    /** The "Find a reservation" search: best effort, so a provider failure finds nothing. */
    search: async (query: string, limit?: number) => {
      try {
        return await searchReservations(ctx, query, limit);
      } catch (error) {
        if (error instanceof ProviderFailure) return [];
        throw error;
      }
    },
    quoteRefund: guarded((o: QuoteOptions) => quoteRefundFor(ctx, o)),
    quoteExchange: guarded((o: ExchangeQuoteOptions) => quoteExchangeFor(ctx, o)),
    cap: guarded((customer: string, asOf?: CalendarDate) => capStatus(ctx, customer, asOf)),
    requests: guarded((status?: string) => listRequests(ctx, status)),
    request: async (id: string) => findById((await deps.store.read()).requests, id),
    /** Audits a refusal a channel made itself (a forged or edited button or form). */
    recordRefusal: (r: RefusalInput) => recordRefusal(ctx, r),
    auditOf: async (requestId: string) =>
      (await deps.store.read()).audit.filter((a) => a.requestId === requestId),
    submitRefund: guarded((actor: Agent, s: Submission) => submitRefund(ctx, actor, s)),
    submitExchange: guarded((actor: Agent, s: ExchangeSubmission) => submitExchange(ctx, actor, s)),
    approve: guarded((actor: Agent, d: Decision) => approve(ctx, actor, d)),
    reject: guarded((actor: Agent, d: Decision & { readonly reason: string }) =>
      reject(ctx, actor, d),
    ),
    retry: guarded((actor: Agent, d: Decision) => retry(ctx, actor, d)),
    recordMicrosoftRefund: guarded((actor: Agent, s: SettlementInput) =>
      recordMicrosoftRefund(ctx, actor, s),
    ),
    recordCustomerCredit: guarded((actor: Agent, s: SettlementInput) =>
      recordCustomerCredit(ctx, actor, s),
    ),
    changeScope: guarded((actor: Agent, input: Parameters<typeof changeScope>[2]) =>
      changeScope(ctx, actor, input),
    ),
    /**
     * Builds the request lookups now (records.ts), so that the first command after a start does
     * not pay for them: ~0.4 s in a store of 100,000 requests. The composition runs it at start.
     */
    prepare: async () => void requestsByCustomer((await deps.store.read()).requests),
    /** Marks undecided requests past their expiry as expired; the server runs it at start. */
    expireStale: () => sweepStale(deps),
  };
};

export type Desk = ReturnType<typeof createDesk>;
export type { DeskDependencies } from './deps.ts';
export type { Identity } from './identify.ts';
export type { RefusalInput } from './record-refusal.ts';
