import type { Agent, PartnerRole } from '../reservations/model.ts';
import type { DomainError } from '../shared/errors.ts';
import { fail } from '../shared/errors.ts';
import { ok, type Result } from '../shared/result.ts';

export const permissions = [
  'view',
  'request',
  'approve',
  'change-scope',
  'record-settlement',
] as const;
export type Permission = (typeof permissions)[number];

const everyone: readonly PartnerRole[] = [
  'admin-agent',
  'global-admin',
  'helpdesk-agent',
  'sales-agent',
  'user-management-admin',
];
const approvers: readonly PartnerRole[] = ['admin-agent', 'global-admin'];

/**
 * Which Partner Center roles may do what (architecture.md, "Roles and permissions"). Approving,
 * changing scope and recording money movements need an admin role; the four-eyes rule on top of
 * this is enforced where requests are decided.
 */
export const rolesFor: Readonly<Record<Permission, readonly PartnerRole[]>> = {
  view: everyone,
  request: everyone,
  approve: approvers,
  'change-scope': approvers,
  'record-settlement': approvers,
};

export const can = (agent: Agent, permission: Permission): boolean =>
  agent.roles.some((role) => rolesFor[permission].includes(role));

/** Ok when the agent holds a role for `permission`; otherwise a NOT_PERMITTED that names the roles. */
export const requirePermission = (
  agent: Agent,
  permission: Permission,
): Result<Agent, DomainError> =>
  can(agent, permission)
    ? ok(agent)
    : fail('NOT_PERMITTED', {
        permission,
        required: rolesFor[permission],
        roles: agent.roles,
      });
