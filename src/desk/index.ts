import type { Agent } from '../reservations/model.ts';
import { KeyedLock } from '../shared/keyed-lock.ts';
import type { CalendarDate } from '../shared/time.ts';
import { approve, type Decision, reject, retry } from './decide.ts';
import type { DeskContext, DeskDependencies } from './deps.ts';
import { expireStale } from './expiry.ts';
import { type Identity, identify } from './identify.ts';
import {
  capStatus,
  type ExchangeQuoteOptions,
  listCustomers,
  listRequests,
  listReservations,
  type QuoteOptions,
  quoteExchangeFor,
  quoteRefundFor,
  searchReservations,
  showReservation,
} from './queries.ts';
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
export const createDesk = (deps: DeskDependencies) => {
  const ctx: DeskContext = { ...deps, customerLock: new KeyedLock() };
  return {
    policy: deps.policy,
    clock: deps.clock,
    identify: async (who: Identity) => identify(await deps.directory.listAgents(), who),
    agents: () => deps.directory.listAgents(),
    customers: (query?: string) => listCustomers(ctx, query),
    reservations: (customer: string) => listReservations(ctx, customer),
    show: (reservation: string) => showReservation(ctx, reservation),
    search: (query: string, limit?: number) => searchReservations(ctx, query, limit),
    quoteRefund: (o: QuoteOptions) => quoteRefundFor(ctx, o),
    quoteExchange: (o: ExchangeQuoteOptions) => quoteExchangeFor(ctx, o),
    cap: (customer: string, asOf?: CalendarDate) => capStatus(ctx, customer, asOf),
    requests: (status?: string) => listRequests(ctx, status),
    request: async (id: string) =>
      (await deps.store.read()).requests.find(
        (r) => r.id.toLowerCase() === id.trim().toLowerCase(),
      ),
    auditOf: async (requestId: string) =>
      (await deps.store.read()).audit.filter((a) => a.requestId === requestId),
    submitRefund: (actor: Agent, s: Submission) => submitRefund(ctx, actor, s),
    submitExchange: (actor: Agent, s: ExchangeSubmission) => submitExchange(ctx, actor, s),
    approve: (actor: Agent, d: Decision) => approve(ctx, actor, d),
    reject: (actor: Agent, d: Decision & { readonly reason: string }) => reject(ctx, actor, d),
    retry: (actor: Agent, d: Decision) => retry(ctx, actor, d),
    recordMicrosoftRefund: (actor: Agent, s: SettlementInput) =>
      recordMicrosoftRefund(ctx, actor, s),
    recordCustomerCredit: (actor: Agent, s: SettlementInput) => recordCustomerCredit(ctx, actor, s),
    changeScope: (actor: Agent, input: Parameters<typeof changeScope>[2]) =>
      changeScope(ctx, actor, input),
    /** Marks undecided requests past their expiry as expired; the server runs it at start. */
    expireStale: () =>
      deps.store.update((state) =>
        expireStale(state, deps.clock.now(), deps.policy.requestExpiryDays),
      ),
  };
};

export type Desk = ReturnType<typeof createDesk>;
export type { DeskDependencies } from './deps.ts';
export type { Identity } from './identify.ts';
