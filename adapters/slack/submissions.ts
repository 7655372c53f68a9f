import type { App } from '@slack/bolt';
import { describeScope } from '../../src/desk/scope.ts';
import { cardMessage, followUpMessage, type SlackDeps, showDecision } from './context.ts';
import { readValue } from './modals/elements.ts';
import { rejectCallback, scopeCallback, settleCallback } from './modals/small.ts';
import { registerRequestSubmissions } from './request-submissions.ts';
import { answer, onSubmission } from './submission-kit.ts';

/**
 * Modal submissions: refund and exchange requests (request-submissions.ts), rejections with their
 * reason, settlement steps and scope changes. Shared messages they update speak the requester's
 * language; field errors and private answers the submitter's.
 */
export const registerSubmissions = (app: App, deps: SlackDeps): void => {
  const handle = onSubmission(app, deps);
  registerRequestSubmissions(handle, deps);

  handle(rejectCallback, 'reason', async (s) => {
    const { p, client, actor, meta } = s;
    const r = await answer(
      s,
      await deps.desk.reject(actor, {
        requestId: meta.id ?? '',
        channel: 'slack',
        reason: readValue(p.view.state?.values, 'reason'),
      }),
      'reason',
    );
    if (r !== undefined)
      await showDecision(
        {
          deps,
          client,
          ref: { channelId: meta.c ?? '', rootTs: meta.root ?? '', messageTs: meta.m ?? '' },
        },
        r,
        false,
      );
  });

  handle(settleCallback, 'reference', async (s) => {
    const { p, client, actor, meta } = s;
    const values = p.view.state?.values;
    const input = {
      requestId: meta.id ?? '',
      channel: 'slack' as const,
      amount: readValue(values, 'amount'),
      reference: readValue(values, 'reference'),
    };
    const record =
      meta.step === 'customer' ? deps.desk.recordCustomerCredit : deps.desk.recordMicrosoftRefund;
    const r = await answer(s, await record(actor, input), 'reference');
    if (r === undefined) return;
    const channel = meta.c ?? '';
    await client.chat.update({
      channel,
      ts: meta.root ?? '',
      ...(await cardMessage(deps, client, r, channel)),
    });
    await client.chat.update({
      channel,
      ts: meta.m ?? '',
      ...(await followUpMessage(deps, client, r, channel)),
    });
  });

  handle(scopeCallback, 'scope_target', async (s) => {
    const { p, client, actor, meta } = s;
    const values = p.view.state?.values;
    const type = readValue(values, 'scope_type');
    const scope = type === 'Shared' ? 'shared' : readValue(values, 'scope_target');
    const r = await answer(
      s,
      await deps.desk.changeScope(actor, { reservation: meta.r ?? '', scope, channel: 'slack' }),
      'scope_target',
    );
    if (r === undefined) return;
    await client.chat.postEphemeral({
      channel: meta.c ?? '',
      user: p.user.id,
      text: s.speech.t('scope.changed', {
        name: r.after.displayName,
        from: describeScope(r.before.scope),
        to: describeScope(r.after.scope),
      }),
    });
  });
};
