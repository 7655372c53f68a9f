import type { Action, Reply } from '../../src/chat/reply.ts';
import { errorReply } from '../../src/chat/views/error.ts';
import type { Translate } from '../../src/chat/views/format.ts';
import type { Desk } from '../../src/desk/index.ts';
import type { Agent } from '../../src/reservations/model.ts';
import type { DomainError } from '../../src/shared/errors.ts';
import { renderText } from '../render/text.ts';
import type { LineConsole } from './line-console.ts';

/** One person at the console: who they are acting as, and the buttons of the last reply. */
export interface Session {
  readonly desk: Desk;
  readonly con: LineConsole;
  t: Translate;
  locale: string;
  /** What the terminal reports (LANG), for people who have not chosen a language. */
  readonly reportedLocale?: string;
  readonly color: boolean;
  actor: Agent | undefined;
  choices: Action[];
}

/** Prints a reply; its buttons become the numbered choices for the next line. */
export const show = (s: Session, r: Reply): void => {
  const buttons = r.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []));
  if (buttons.length > 0) s.choices = [...buttons];
  s.con.write(renderText(r, { color: s.color, numberActions: true }));
};

export const showError = (s: Session, e: DomainError): void => show(s, errorReply(e, s.locale));
