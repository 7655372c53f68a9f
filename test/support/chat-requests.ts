import { requestIdOf } from './button-values.ts';
import { contact } from './desk-harness.ts';
import { buttons, refundValues, type SlackHarness, viewOf } from './slack-harness.ts';
import { viewSubmission } from './slack-payloads.ts';
import { submitAction, type TeamsConversation, type TeamsUser } from './teams-activities.ts';
import { activityCard, type TeamsHarness } from './teams-harness.ts';
import { customer, type RawTenantFile, reservation } from './tenant-builders.ts';

const fabrikamId = '7d2e5b9a-1c4f-4e8b-a3d6-0f9e8c7b6a51';
/** Contoso and Fabrikam, each with a reservation (`VM_RI_D2s_weu`, `SQL_RI_fabrikam`). */
export const twoCustomers: Partial<RawTenantFile> = {
  customers: [
    customer(),
    customer({
      id: fabrikamId,
      tenantId: fabrikamId,
      name: 'Fabrikam Inc',
      domain: 'fabrikam.com',
    }),
  ],
  reservations: [
    reservation(),
    reservation({ customerId: fabrikamId, displayName: 'SQL_RI_fabrikam' }),
  ],
};

/** A pending request as its approval message shows it: the ID and the buttons' (sealed) values. */
export interface Posted {
  readonly requestId: string;
  /** The Approve button's value, as the bot sealed it. */
  readonly approve: string;
  readonly reject: string;
  readonly channelId: string;
}

let views = 0;

/**
 * Dev (or `userId`) runs `/reservation refund <reservation>` in `channelId` and submits the modal:
 * answers the approval message the bot posted there.
 */
export const slackRequest = async (
  s: SlackHarness,
  o: { reservation: string; channelId: string; userId?: string; quantity?: string },
): Promise<Posted> => {
  const userId = o.userId ?? 'UDEV';
  const opened = s.fake.calls('views.open').length;
  await s.command(userId, `refund ${o.reservation}`, o.channelId);
  const all = await s.fake.waitFor('views.open', () => true, opened + 1);
  const meta = viewOf(all[opened]).private_metadata;
  const posted = s.fake.calls('chat.postMessage').length;
  views += 1;
  await s.post(
    viewSubmission({
      userId,
      callbackId: 'refund_modal',
      viewId: `V0REL${views}`,
      privateMetadata: meta,
      values: refundValues(o.quantity ?? '1', 'Workload retired'),
    }),
  );
  const messages = await s.fake.waitFor('chat.postMessage', () => true, posted + 1);
  const [approve, reject] = buttons(messages[posted]);
  if (approve === undefined || reject === undefined) throw new Error('no approval buttons');
  return {
    requestId: requestIdOf(approve.value),
    approve: approve.value,
    reject: reject.value,
    channelId: o.channelId,
  };
};

/** The message-extension Refund form submitted in Teams: answers the approval card's Approve data. */
export const teamsRequest = async (
  h: TeamsHarness,
  o: { user: TeamsUser; reservation: string; conversation?: TeamsConversation },
): Promise<{ requestId: string; approve: Record<string, unknown> }> => {
  const replies = h.connector.calls('replyToActivity').length;
  const data = {
    reservation: o.reservation,
    quantity: '1',
    reason: 'Workload retired',
    ...contact,
    country: 'GBR',
    step: 'submit',
  };
  await h.send(
    submitAction({
      commandId: 'refund',
      user: o.user,
      serviceUrl: h.connector.serviceUrl,
      data,
      ...(o.conversation === undefined ? {} : { conversation: o.conversation }),
    }),
  );
  const calls = await h.connector.waitFor('replyToActivity', replies + 1);
  const approve = activityCard(calls[replies]?.body).actions?.find((a) => a.verb === 'approve');
  if (approve?.data === undefined) throw new Error('no Approve action on the approval card');
  return { requestId: requestIdOf(String(approve.data.value)), approve: approve.data };
};
