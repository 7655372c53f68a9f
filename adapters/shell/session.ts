import { parseCommand } from '../../src/chat/grammar.ts';
import { handleCommand } from '../../src/chat/handle.ts';
import { translator } from '../../src/chat/views/format.ts';
import type { Desk } from '../../src/desk/index.ts';
import type { Agent } from '../../src/reservations/model.ts';
import { runAction } from './actions.ts';
import type { LineConsole } from './line-console.ts';
import { type Session, show, showError } from './session-state.ts';

const roleText = (a: Agent) => a.roles.join(', ');
const promptFor = (s: Session) =>
  s.actor === undefined ? 'reservation-desk> ' : `${s.actor.name} (${roleText(s.actor)})> `;

/** Answers in the language of whoever is at the keyboard now. */
const relocalize = async (s: Session): Promise<void> => {
  s.locale = await s.desk.localeFor(s.actor, s.reportedLocale);
  s.t = translator(s.locale);
};

const switchTo = async (s: Session, who: string): Promise<void> => {
  if (who === '') {
    const agents = await s.desk.agents();
    s.con.write(
      s.t('shell.asList', {
        agents: agents.map((a) => `${a.name} <${a.email}> (${roleText(a)})`).join('\n  '),
      }),
    );
    return;
  }
  const found = await s.desk.identify({ kind: 'local', nameOrEmail: who });
  if (!found.ok) {
    // A first name is enough when it names one person.
    const agents = await s.desk.agents();
    const byFirst = agents.filter((a) => a.name.toLowerCase().split(' ')[0] === who.toLowerCase());
    if (byFirst.length !== 1 || byFirst[0] === undefined) return showError(s, found.error);
    s.actor = byFirst[0];
  } else {
    s.actor = found.value;
  }
  await relocalize(s);
  s.con.write(s.t('shell.nowActingAs', { name: s.actor.name, roles: roleText(s.actor) }));
};

/** Handles one line; answers false when the person asked to leave. */
export const handleLine = async (s: Session, raw: string): Promise<boolean> => {
  const line = raw.trim();
  if (line === '') return true;
  const word = line.replace(/^\//, '').split(/\s+/)[0]?.toLowerCase() ?? '';
  if (word === 'quit' || word === 'exit') return false;
  if (word === 'as') {
    await switchTo(s, line.replace(/^\/?as\b/i, '').trim());
    return true;
  }
  if (word === 'whoami') {
    s.con.write(
      s.actor === undefined
        ? s.t('shell.nobody')
        : s.t('shell.nowActingAs', { name: s.actor.name, roles: roleText(s.actor) }),
    );
    return true;
  }
  if (/^\d+$/.test(line)) {
    const action = s.choices[Number(line) - 1];
    if (action === undefined)
      s.con.write(s.t('shell.noSuchChoice', { choice: line, count: s.choices.length }));
    else await runAction(s, action);
    return true;
  }
  if (s.actor === undefined) {
    s.con.write(s.t('shell.nobody'));
    return true;
  }
  const parsed = parseCommand(line);
  if (!parsed.ok) {
    showError(s, parsed.error);
    return true;
  }
  show(
    s,
    await handleCommand(s.desk, parsed.value, {
      actor: s.actor,
      channel: 'shell',
      locale: s.locale,
      ...(s.reportedLocale === undefined ? {} : { reportedLocale: s.reportedLocale }),
    }),
  );
  if (parsed.value.name === 'language') await relocalize(s);
  if (parsed.value.name === 'help') s.con.write(s.t('shell.help'));
  return true;
};

export interface ShellOptions {
  readonly desk: Desk;
  readonly con: LineConsole;
  readonly color: boolean;
  /** What the terminal reports (LANG); a person's own choice (`language`) wins. */
  readonly locale?: string;
  /** Who to act as first (name or email); the first agent in the directory when omitted. */
  readonly as?: string;
  readonly banner: string;
}

/** The console loop: runs until `quit` or the end of input, then answers the exit code (0). */
export const runShell = async (o: ShellOptions): Promise<number> => {
  const locale = await o.desk.localeFor(undefined, o.locale);
  const s: Session = {
    desk: o.desk,
    con: o.con,
    t: translator(locale),
    locale,
    ...(o.locale === undefined ? {} : { reportedLocale: o.locale }),
    color: o.color,
    actor: undefined,
    choices: [],
  };
  s.con.write(o.banner);
  const agents = await o.desk.agents();
  if (o.as !== undefined) await switchTo(s, o.as);
  else if (agents[0] !== undefined) await switchTo(s, agents[0].email);
  for (;;) {
    const line = await s.con.read(promptFor(s));
    if (line === undefined || !(await handleLine(s, line))) break;
  }
  s.con.write(s.t('shell.bye'));
  return 0;
};
