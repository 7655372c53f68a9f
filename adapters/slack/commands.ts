import type { App } from '@slack/bolt';
import { parseCommand } from '../../src/chat/grammar.ts';
import { handleCommand } from '../../src/chat/handle.ts';
import type { Reply } from '../../src/chat/reply.ts';
import type { Translate } from '../../src/chat/views/format.ts';
import { actionId } from './blocks.ts';
import {
  answerPrivately,
  errorMessage,
  identify,
  message,
  type SlackDeps,
  speechOf,
} from './context.ts';
import { openExchangeModal, openRefundModal } from './open-modals.ts';
import { sealButtons } from './tamper.ts';

/** An ephemeral reply, with a button to share it in the channel (the person chooses). */
export const withShare = (r: Reply, commandText: string, t: Translate) => {
  const m = message(r);
  const share = {
    type: 'actions',
    block_id: 'rd_share',
    elements: [
      {
        type: 'button',
        action_id: actionId('share'),
        text: { type: 'plain_text', text: t('action.share') },
        value: commandText.slice(0, 2000),
      },
    ],
  };
  return {
    ...m,
    blocks: commandText.length <= 2000 ? [...m.blocks.slice(0, 49), share] : m.blocks,
  };
};

/** How long a typed command may take before its ack: Slack waits 3 s for one. */
const answerInAckWithinMs = 1_000;

type SlackMessage = ReturnType<typeof message>;

/** The answer, or `undefined` if it is not ready within `ms` (it goes on, and is sent later). */
const within = async <T>(work: Promise<T>, ms: number): Promise<T | undefined> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * `/reservation …`. A typed command is answered privately in its ack when the answer is ready
 * within a second (one call to Slack fewer, and it shows at once); a slower one (Azure being
 * asked, say) is acknowledged empty and answered through the response URL when ready. `refund`
 * and `exchange` ack at once and open their modal, while the trigger is fresh.
 */
export const registerCommand = (app: App, deps: SlackDeps): void => {
  app.command('/reservation', async ({ command, ack, respond, client }) => {
    const ephemeral = (m: SlackMessage) =>
      answerPrivately(deps.log, () => respond({ response_type: 'ephemeral', ...m }));
    const parsed = parseCommand(command.text);
    const c = parsed.ok ? parsed.value : undefined;
    if (c?.name === 'refund' || c?.name === 'exchange') {
      await ack();
      const who = await identify(deps, command.user_id);
      const speech = await speechOf(deps, client, command.user_id, who.ok ? who.value : undefined);
      if (!who.ok) return void (await ephemeral(errorMessage(who.error, speech)));
      const open = c.name === 'refund' ? openRefundModal : openExchangeModal;
      const refused = await open(deps, {
        client,
        triggerId: command.trigger_id,
        actor: who.value,
        userId: command.user_id,
        reservation: c.reservation,
        channelId: command.channel_id,
        speech,
        ...(c.name === 'refund' && c.quantity !== undefined ? { quantity: c.quantity } : {}),
      });
      if (refused !== undefined) await ephemeral(errorMessage(refused, speech));
      return;
    }
    const answer = answerCommand(deps, client, command);
    const ready = await within(answer, answerInAckWithinMs);
    if (ready !== undefined) return void (await ack({ response_type: 'ephemeral', ...ready }));
    await ack();
    await ephemeral(await answer);
  });
};

/** The private answer to a typed command (anything but `refund` and `exchange`). */
const answerCommand = async (
  deps: SlackDeps,
  client: Parameters<Parameters<App['command']>[1]>[0]['client'],
  command: { user_id: string; text: string; channel_id: string },
): Promise<SlackMessage> => {
  const who = await identify(deps, command.user_id);
  const agent = who.ok ? who.value : undefined;
  const speech = await speechOf(deps, client, command.user_id, agent);
  if (!who.ok) return errorMessage(who.error, speech);
  const parsed = parseCommand(command.text);
  if (!parsed.ok) return errorMessage(parsed.error, speech);
  const c = parsed.value;
  const slackLocale = (await deps.people.get(client, command.user_id))?.locale;
  const reply = await handleCommand(deps.desk, c, {
    actor: who.value,
    channel: 'slack',
    locale: speech.locale,
    ...(slackLocale === undefined ? {} : { reportedLocale: slackLocale }),
  });
  if (reply.tone === 'error') return message(reply);
  // A request card ("request RD-…") carries its buttons, sealed to this channel.
  // After `language` the answer speaks the new language already; so does its button.
  const now = c.name === 'language' ? await speechOf(deps, client, command.user_id, agent) : speech;
  return sealButtons(deps.seal, withShare(reply, command.text, now.t), command.channel_id);
};
