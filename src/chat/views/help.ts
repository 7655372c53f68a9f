import type { TextKey } from '../../messages/catalog.ts';
import { type CommandName, commandNames, usage } from '../grammar.ts';
import { header, para, type Reply, reply, table } from '../reply.ts';
import type { Translate } from './format.ts';

const describe: Readonly<Record<CommandName, [TextKey, string]>> = {
  help: ['help.help', 'help refund'],
  customers: ['help.customers', 'customers contoso'],
  list: ['help.list', 'list Contoso Ltd'],
  show: ['help.show', 'show VM_RI_D2s_weu'],
  refund: ['help.refund', 'refund VM_RI_D2s_weu 1'],
  exchange: ['help.exchange', 'exchange SQL_MI_monthly_neu'],
  scope: ['help.scope', 'scope VM_RI_D2s_weu shared'],
  access: ['help.access', 'access VM_RI_D2s_weu'],
  cap: ['help.cap', 'cap fabrikam'],
  requests: ['help.requests', 'requests pending'],
  request: ['help.request', 'request RD-7KQ2M9XA'],
  roles: ['help.roles', 'roles'],
  language: ['help.language', 'language zh-CN'],
};

/** `help [command]`: every command with one example, or one command in detail. */
export const helpReply = (t: Translate, topic?: string): Reply => {
  const chosen = commandNames.filter((n) => topic === undefined || n === topic);
  const names = chosen.length === 0 ? commandNames : chosen;
  return reply(
    header(t('help.title')),
    table(
      [
        { key: 'usage', label: t('label.command') },
        { key: 'what', label: t('label.what') },
        { key: 'example', label: t('label.example') },
      ],
      names.map((n) => ({
        usage: usage[n],
        what: t(describe[n][0]),
        example: `/reservation ${describe[n][1]}`,
      })),
    ),
    para(t('help.naming'), 'muted'),
  );
};
