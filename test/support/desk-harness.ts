import { join } from 'node:path';
import { SandboxProvider } from '../../adapters/sandbox/sandbox-provider.ts';
import { SandboxSupport } from '../../adapters/sandbox/sandbox-support.ts';
import { openLowdbStore } from '../../adapters/storage/lowdb-store.ts';
import { createDesk, type Desk } from '../../src/desk/index.ts';
import type { ReservationProvider, SupportRequestInput, SupportTicket } from '../../src/ports.ts';
import { defaultPolicy, type PolicyProfile } from '../../src/quotes/policy.ts';
import { tenantDataSchema } from '../../src/reservations/data-schema.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { createTempDir } from './temp-dir.ts';
import { agent, type RawTenantFile, tenantFile } from './tenant-builders.ts';

/** A clock the test moves by hand. */
export const movableClock = (start: string) => {
  let now = new Date(start).toISOString();
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso).toISOString();
    },
  };
};

/** The directory every desk test uses: two approvers, a sales agent, a helpdesk agent. */
export const staff = {
  ana: agent({
    name: 'Ana Silva',
    email: 'ana@partner.example',
    slackUserId: 'UANA',
    teamsUserId: '11111111-1111-4111-8111-111111111111',
    roles: ['admin-agent'],
  }),
  ben: agent({
    name: 'Ben Okafor',
    email: 'ben@partner.example',
    slackUserId: 'UBEN',
    teamsUserId: '22222222-2222-4222-8222-222222222222',
    roles: ['global-admin'],
  }),
  dev: agent({
    name: 'Dev Patel',
    email: 'dev@partner.example',
    slackUserId: 'UDEV',
    teamsUserId: '33333333-3333-4333-8333-333333333333',
    roles: ['sales-agent'],
  }),
  hana: agent({
    name: 'Hana Ito',
    email: 'hana@partner.example',
    slackUserId: 'UHANA',
    teamsUserId: '44444444-4444-4444-8444-444444444444',
    roles: ['helpdesk-agent'],
  }),
};

export const contact = {
  firstName: 'Dev',
  lastName: 'Patel',
  preferredContactMethod: 'email',
  email: 'dev@partner.example',
  phone: '+44 20 7946 0000',
  timeZone: 'GMT Standard Time',
  language: 'en-us',
  country: 'GBR',
};

/** A support provider that fails while `failing` is set, else files through the sandbox. */
class FlakySupport {
  failing = false;
  calls = 0;
  readonly #inner: SandboxSupport;
  constructor(inner: SandboxSupport) {
    this.#inner = inner;
  }
  async createSupportRequest(input: SupportRequestInput): Promise<SupportTicket> {
    this.calls += 1;
    this.last = input;
    if (this.failing) throw new Error('Azure support answered 503 Service Unavailable');
    return this.#inner.createSupportRequest(input);
  }
  /** What the last create was given (what Azure would receive). */
  last: SupportRequestInput | undefined;
  getSupportRequest(requestId: string) {
    return this.#inner.getSupportRequest(requestId);
  }
}

export interface Harness {
  readonly desk: Desk;
  readonly clock: ReturnType<typeof movableClock>;
  readonly support: FlakySupport;
  readonly storePath: string;
  /** The directory entry of a staff member, as the desk identifies them. */
  readonly as: (who: keyof typeof staff) => Promise<Agent>;
  readonly close: () => Promise<void>;
}

/** A desk over a real lowdb store in a temp folder and the sandbox provider. */
export const openDesk = async (
  options: {
    file?: Partial<RawTenantFile>;
    now?: string;
    policy?: PolicyProfile;
    /** Wraps the sandbox provider, to give it Azure's behaviour (calculateRefund, failures). */
    provider?: (sandbox: ReservationProvider) => ReservationProvider;
  } = {},
): Promise<Harness> => {
  const dir = await createTempDir('desk-');
  const storePath = join(dir.path, 'store.json');
  const store = await openLowdbStore({ path: storePath });
  const clock = movableClock(options.now ?? '2026-07-10T09:00:00Z');
  const data = tenantDataSchema.parse(
    tenantFile({ agents: Object.values(staff), ...options.file }),
  );
  const provider = new SandboxProvider({ data, store, clock });
  const support = new FlakySupport(new SandboxSupport({ store, clock }));
  let n = 0;
  const desk = createDesk({
    provider: options.provider === undefined ? provider : options.provider(provider),
    directory: provider,
    support,
    store,
    clock,
    ids: {
      requestId: () => {
        n += 1;
        return `RD-TEST${String(n).padStart(4, '0')}`;
      },
    },
    policy: options.policy ?? defaultPolicy,
  });
  const as = async (who: keyof typeof staff) => {
    const r = await desk.identify({ kind: 'local', nameOrEmail: staff[who].email });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  return { desk, clock, support, storePath, as, close: () => dir.remove() };
};

/** Unwraps a Result in a test, failing loudly with the error's message. */
export const value = <T>(
  r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T => {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.value;
};

export const errorCode = (r: { ok: boolean; error?: { code: string } }): string =>
  r.ok ? 'ok' : (r.error?.code ?? '?');
