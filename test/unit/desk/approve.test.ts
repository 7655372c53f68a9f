import { afterEach, describe, expect, it } from 'vitest';
import { contact, errorCode, type Harness, openDesk, value } from '../../support/desk-harness.ts';
import { storeOnDisk } from '../../support/store-on-disk.ts';
import { refund, reservation } from '../../support/tenant-builders.ts';

let h: Harness;
afterEach(async () => h?.close());

const submission = {
  reservation: 'VM_RI_D2s_weu',
  reason: 'Customer is moving to Savings Plans',
  contact,
  channel: 'slack' as const,
};
const submit = async (overrides: Partial<typeof submission> & { quantity?: number } = {}) =>
  value(await h.desk.submitRefund(await h.as('dev'), { ...submission, ...overrides }));

describe('approving a request', () => {
  it('files the support request once another approver approves, and audits each step', async () => {
    h = await openDesk();
    const request = await submit();
    const approved = value(
      await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' }),
    ).request;
    expect(approved).toMatchObject({
      status: 'filed',
      decidedBy: { name: 'Ana Silva' },
      approvedOn: '2026-07-10',
    });
    expect(approved.supportRequestId).toMatch(/^\d{16}$/);
    const actions = (await h.desk.auditOf(request.id)).map((a) => [
      a.action,
      a.actor?.name ?? 'system',
      a.channel,
    ]);
    expect(actions).toEqual([
      ['submitted', 'Dev Patel', 'slack'],
      ['approved', 'Ana Silva', 'slack'],
      ['filed', 'Ana Silva', 'slack'],
    ]);
    const onDisk = await storeOnDisk(h.storePath);
    expect(onDisk.sandbox.tickets).toHaveLength(1);
    expect(onDisk.sandbox.tickets[0]?.description).toContain(request.reservationOrderId);
  });

  it('counts an approved refund toward the customer cap from its approval date', async () => {
    h = await openDesk();
    const request = await submit();
    await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' });
    const cap = value(await h.desk.cap('Contoso Ltd'));
    expect(cap.used.minor).toBe(120_986n);
    expect(cap.entries).toEqual([
      expect.objectContaining({
        source: 'bot',
        requestId: request.id,
        date: '2026-07-10',
        freesOn: '2027-07-10',
      }),
    ]);
  });

  it('refuses the requester approving their own request, privately changing nothing', async () => {
    h = await openDesk();
    const request = value(await h.desk.submitRefund(await h.as('ana'), submission));
    expect(
      errorCode(
        await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' }),
      ),
    ).toBe('SELF_APPROVAL');
    expect((await h.desk.request(request.id))?.status).toBe('pending_approval');
    expect((await h.desk.auditOf(request.id)).map((a) => a.action)).toEqual([
      'submitted',
      'refused',
    ]);
  });

  it('refuses an approval by someone without an approver role, naming the roles needed', async () => {
    h = await openDesk();
    const request = await submit();
    const r = await h.desk.approve(await h.as('hana'), { requestId: request.id, channel: 'teams' });
    expect(errorCode(r)).toBe('NOT_PERMITTED');
    if (!r.ok) expect(r.error.message).toContain('admin-agent, global-admin');
    expect((await h.desk.request(request.id))?.status).toBe('pending_approval');
  });

  it('applies a decision exactly once: a second one says who decided and files nothing', async () => {
    h = await openDesk();
    const request = await submit();
    const [ana, ben] = [await h.as('ana'), await h.as('ben')];
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () =>
        h.desk.approve(ana, { requestId: request.id, channel: 'slack' }),
      ),
      h.desk.approve(ben, { requestId: request.id, channel: 'teams' }),
      h.desk.reject(ben, { requestId: request.id, channel: 'teams', reason: 'duplicate' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const second = results.find((r) => !r.ok);
    expect(second?.ok === false && second.error.code).toBe('ALREADY_DECIDED');
    expect(second?.ok === false && second.error.message).toContain('Ana Silva');
    expect(h.support.calls).toBe(1);
  });

  it('re-quotes as of the approval date', async () => {
    h = await openDesk();
    const request = await submit();
    h.clock.set('2026-07-20T09:00:00Z');
    const approved = value(
      await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' }),
    ).request;
    expect(approved.quoteAsOf).toBe('2026-07-20');
    expect(approved.quote).toMatchObject({ credit: '1144.11', remainingDays: 174 });
  });

  it('re-checks the cap under the customer lock: of two requests that fit alone, one is approved', async () => {
    h = await openDesk({
      file: {
        refundHistory: [refund({ date: '2026-03-01', amount: '48800.00' })],
        reservations: [reservation({ displayName: 'one' }), reservation({ displayName: 'two' })],
      },
    });
    const first = await submit({ reservation: 'one', quantity: 1 });
    const second = await submit({ reservation: 'two', quantity: 1 });
    const ana = await h.as('ana');
    const results = await Promise.all(
      [first, second].map((r) => h.desk.approve(ana, { requestId: r.id, channel: 'slack' })),
    );
    expect(results.map(errorCode).sort()).toEqual(['CAP_EXCEEDED', 'ok']);
    const statuses = await Promise.all(
      [first, second].map(async (r) => (await h.desk.request(r.id))?.status),
    );
    expect(statuses.sort()).toEqual(['filed', 'pending_approval']);
  });

  it('expires a request nobody decided within the expiry window', async () => {
    h = await openDesk();
    const request = await submit();
    h.clock.set('2026-07-25T09:00:00Z');
    expect(
      errorCode(
        await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' }),
      ),
    ).toBe('REQUEST_EXPIRED');
    expect((await h.desk.request(request.id))?.status).toBe('expired');
    expect((await h.desk.auditOf(request.id)).map((a) => a.action)).toContain('expired');
  });

  it('rejects with a reason, and only with one', async () => {
    h = await openDesk();
    const request = await submit();
    const ben = await h.as('ben');
    expect(
      errorCode(await h.desk.reject(ben, { requestId: request.id, channel: 'slack', reason: ' ' })),
    ).toBe('REASON_REQUIRED');
    const rejected = value(
      await h.desk.reject(ben, {
        requestId: request.id,
        channel: 'slack',
        reason: 'Customer changed their mind',
      }),
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      decisionNote: 'Customer changed their mind',
      decidedBy: { name: 'Ben Okafor' },
    });
    expect(
      errorCode(
        await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' }),
      ),
    ).toBe('ALREADY_DECIDED');
  });

  it('leaves a request failed when filing fails, and an approver retries it', async () => {
    h = await openDesk();
    const request = await submit();
    h.support.failing = true;
    const failed = value(
      await h.desk.approve(await h.as('ana'), { requestId: request.id, channel: 'slack' }),
    ).request;
    expect(failed).toMatchObject({
      status: 'failed',
      failureReason: expect.stringContaining('503'),
    });
    expect(value(await h.desk.cap('contoso')).used.minor).toBe(120_986n);
    expect(
      errorCode(await h.desk.retry(await h.as('dev'), { requestId: request.id, channel: 'slack' })),
    ).toBe('NOT_PERMITTED');
    h.support.failing = false;
    const filed = value(
      await h.desk.retry(await h.as('ben'), { requestId: request.id, channel: 'slack' }),
    );
    expect(filed.status).toBe('filed');
    expect(filed.failureReason).toBeUndefined();
    expect(
      errorCode(await h.desk.retry(await h.as('ben'), { requestId: request.id, channel: 'slack' })),
    ).toBe('INVALID_TRANSITION');
    expect((await h.desk.auditOf(request.id)).map((a) => a.action)).toEqual([
      'submitted',
      'approved',
      'failed',
      'refused',
      'retried',
    ]);
  });

  it('says so when the request does not exist', async () => {
    h = await openDesk();
    expect(
      errorCode(
        await h.desk.approve(await h.as('ana'), { requestId: 'RD-NOPE', channel: 'slack' }),
      ),
    ).toBe('REQUEST_NOT_FOUND');
  });
});
