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

/**
 * `/reservation …`: acknowledged at once (Slack waits 3 s), then answered privately through the
 * response URL. `refund` and `exchange` open their modal instead, while the trigger is fresh.
 */
export const registerCommand = (app: App, deps: SlackDeps): void => {
  app.command('/reservation', async ({ command, ack, respond, client }) => {
    await ack();
    const ephemeral = (m: ReturnType<typeof message>) =>
      answerPrivately(deps.log, () => respond({ response_type: 'ephemeral', ...m }));
    const who = await identify(deps, command.user_id);
    const agent = who.ok ? who.value : undefined;
    const speech = await speechOf(deps, client, command.user_id, agent);
    if (!who.ok) return void (await ephemeral(errorMessage(who.error, speech)));
    const parsed = parseCommand(command.text);
    if (!parsed.ok) return void (await ephemeral(errorMessage(parsed.error, speech)));
    const c = parsed.value;
    if (c.name === 'refund' || c.name === 'exchange') {
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
    const slackLocale = (await deps.people.get(client, command.user_id))?.locale;
    const reply = await handleCommand(deps.desk, c, {
      actor: who.value,
      channel: 'slack',
      locale: speech.locale,
      ...(slackLocale === undefined ? {} : { reportedLocale: slackLocale }),
    });
    if (reply.tone === 'error') return void (await ephemeral(message(reply)));
    // A request card ("request RD-…") carries its buttons, sealed to this channel.
    // After `language` the answer speaks the new language already; so does its button.
    const now =
      c.name === 'language' ? await speechOf(deps, client, command.user_id, agent) : speech;
    const shared = withShare(reply, command.text, now.t);
    await ephemeral(sealButtons(deps.seal, shared, command.channel_id));
  });
};
