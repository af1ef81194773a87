import type { Role } from './roles';

/** What an operation may require; resolvers ask for permissions, never for roles. */
export const permissions = [
  'tenant:administer', // settings, operators, API keys
  'audit:read',
  'communities:manage',
  'members:read', // profiles without personal data: stage, segment, points, tags
  'members:read-personal', // names, phones, emails, platform handles
  'members:manage', // tags, segments, lifecycle, points
  'members:erase',
  'engagement:interact', // replies, comments, reactions, welcoming members
  'content:read',
  'content:write',
  'content:approve',
  'content:publish',
  'content:curate', // UGC: seed and pin topics, showcase contributions, accept answers, community UGC settings
  'engagement:record', // engagement signals in bulk (batch mutation, webhook)
  'campaigns:read-definitions', // campaigns, coupon batches, quizzes, referral programmes and vote tallies: no member in them
  'campaigns:read', // with who takes part: participations, coupons, referrals, entries, winners, conversions
  'campaigns:manage',
  'conversions:record',
  'moderation:report',
  'moderation:review',
  'moderation:mute',
  'moderation:sanction', // delete, remove from group, ban
  'moderation:manage-rules',
  'analytics:read', // aggregates only, never individual members
] as const;

export type Permission = (typeof permissions)[number];

/** Least privilege: each role gets what its duties need (domain/seeds-inventory.md §7). */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: permissions,
  community_manager: [
    'communities:manage',
    'members:read',
    'members:read-personal',
    'members:manage',
    'engagement:interact',
    'content:read',
    'content:curate',
    'engagement:record',
    'campaigns:read-definitions',
    'campaigns:read',
    'moderation:report',
    'moderation:review',
    'moderation:mute',
    'moderation:sanction',
    'analytics:read',
  ],
  content_editor: ['content:read', 'content:write', 'content:curate', 'engagement:interact', 'engagement:record', 'analytics:read'],
  content_approver: ['content:read', 'content:approve', 'content:publish', 'analytics:read'],
  campaign_manager: ['campaigns:read-definitions', 'campaigns:read', 'campaigns:manage', 'content:read', 'members:read', 'engagement:interact', 'analytics:read'],
  moderator: [
    'members:read',
    'content:read',
    'engagement:interact',
    'moderation:report',
    'moderation:review',
    'moderation:mute',
    'moderation:sanction',
    'moderation:manage-rules',
  ],
  // Campaign definitions but never who took part: analysts see no individual member.
  analyst: ['analytics:read', 'campaigns:read-definitions'],
  // Volunteers: basic interaction only, never personal data, no sanction beyond mute (TEAM-19).
  volunteer: ['engagement:interact', 'moderation:report', 'moderation:mute'],
  partner: ['conversions:record'],
};

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => rolePermissions[role]));
}

/** The part of an `Identity` that says what it may do (identity.ts builds on this file, not the reverse). */
interface Grants {
  roles: readonly Role[];
  permissions?: readonly Permission[];
}

/**
 * A permission that includes a narrower one. API keys issued before `campaigns:read-definitions`
 * existed were granted `campaigns:read`, which let them read campaign definitions; they still may.
 */
const includedPermissions: Partial<Record<Permission, readonly Permission[]>> = {
  'campaigns:read': ['campaigns:read-definitions'],
};

function withIncluded(granted: Iterable<Permission>): ReadonlySet<Permission> {
  const all = new Set<Permission>();
  for (const permission of granted) {
    all.add(permission);
    for (const included of includedPermissions[permission] ?? []) all.add(included);
  }
  return all;
}

/** What the caller may do: an explicit list (API keys) when there is one, else what its roles grant. */
export function effectivePermissions(identity: Grants): ReadonlySet<Permission> {
  return withIncluded(identity.permissions ?? identity.roles.flatMap((role) => rolePermissions[role]));
}

export function hasPermission(identity: Grants, permission: Permission): boolean {
  return effectivePermissions(identity).has(permission);
}
