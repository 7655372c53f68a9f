import type { Agent } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';

/** How a channel knows a person: Slack user ID, Teams AAD object ID, or (shell, CLI) email or name. */
export type Identity =
  | { readonly kind: 'slack'; readonly userId: string }
  | { readonly kind: 'teams'; readonly aadObjectId: string }
  | { readonly kind: 'local'; readonly nameOrEmail: string };

const same = (a: string | undefined, b: string) =>
  a !== undefined && a.toLowerCase() === b.trim().toLowerCase();

/** The directory entry for a chat user, or UNKNOWN_USER (never a guess). */
export const identify = (agents: readonly Agent[], who: Identity): Result<Agent, DomainError> => {
  const found = agents.find((a) =>
    who.kind === 'slack'
      ? same(a.slackUserId, who.userId)
      : who.kind === 'teams'
        ? same(a.teamsUserId, who.aadObjectId)
        : same(a.email, who.nameOrEmail) || same(a.name, who.nameOrEmail),
  );
  const label =
    who.kind === 'slack' ? who.userId : who.kind === 'teams' ? who.aadObjectId : who.nameOrEmail;
  return found === undefined ? fail('UNKNOWN_USER', { user: label }) : ok(found);
};
