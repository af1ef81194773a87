import type { Identity } from './identity';
import { effectivePermissions, hasPermission, permissions, permissionsOf, rolePermissions } from './permissions';
import { roles, type Role } from './roles';

const identity = (...withRoles: Role[]): Identity => ({ sub: 'u1', tenant: 'demo', roles: withRoles });

describe('rolePermissions', () => {
  it('should name every role exactly once', () => {
    expect(Object.keys(rolePermissions).sort()).toEqual([...roles].sort());
  });

  it('should give the owner every permission', () => {
    expect([...permissionsOf(['owner'])].sort()).toEqual([...permissions].sort());
  });

  it('should give volunteers basic interaction and mute, never personal data or other sanctions', () => {
    expect([...permissionsOf(['volunteer'])].sort()).toEqual(['engagement:interact', 'moderation:mute', 'moderation:report']);
  });

  it('should give analysts aggregates and campaign definitions, never who took part in a campaign', () => {
    expect([...permissionsOf(['analyst'])].sort()).toEqual(['analytics:read', 'campaigns:read-definitions']);
  });

  it('should let every role that reads who took part in campaigns read the campaigns themselves', () => {
    const readers = roles.filter((role) => rolePermissions[role].includes('campaigns:read'));
    expect(readers.filter((role) => !rolePermissions[role].includes('campaigns:read-definitions'))).toEqual([]);
    expect(readers.filter((role) => !rolePermissions[role].includes('members:read'))).toEqual([]);
  });

  it('should keep tenant administration, audit and erasure with the owner alone', () => {
    for (const permission of ['tenant:administer', 'audit:read', 'members:erase'] as const) {
      const holders = roles.filter((role) => rolePermissions[role].includes(permission));
      expect(holders).toEqual(['owner']);
    }
  });

  it('should show personal data only to owners and community managers', () => {
    expect(roles.filter((role) => rolePermissions[role].includes('members:read-personal'))).toEqual(['owner', 'community_manager']);
  });

  it('should grant only permissions that exist', () => {
    for (const role of roles) expect(permissions).toEqual(expect.arrayContaining([...rolePermissions[role]]));
  });
});

describe(hasPermission.name, () => {
  it('should allow what any one of the roles allows', () => {
    expect(hasPermission(identity('analyst', 'content_editor'), 'content:write')).toBe(true);
    expect(hasPermission(identity('analyst', 'content_editor'), 'content:publish')).toBe(false);
  });

  it('should allow nothing without roles', () => {
    expect(permissions.some((permission) => hasPermission(identity(), permission))).toBe(false);
  });
});

describe('an explicit permission list', () => {
  const apiKey = (granted: Identity['permissions']): Identity => ({ sub: 'apikey:k1', tenant: 'demo', roles: ['partner'], permissions: granted });

  it('should allow exactly the listed permissions, whatever the roles grant', () => {
    expect(hasPermission(apiKey(['members:read']), 'members:read')).toBe(true);
    expect(hasPermission(apiKey(['members:read']), 'conversions:record')).toBe(false);
  });

  it('should let a key granted campaigns:read read campaign definitions, but not the reverse', () => {
    expect(hasPermission(apiKey(['campaigns:read']), 'campaigns:read-definitions')).toBe(true);
    expect(hasPermission(apiKey(['campaigns:read-definitions']), 'campaigns:read')).toBe(false);
    expect([...effectivePermissions(apiKey(['campaigns:read']))].sort()).toEqual(['campaigns:read', 'campaigns:read-definitions']);
  });

  it('should allow nothing when the list is empty', () => {
    expect(permissions.some((permission) => hasPermission(apiKey([]), permission))).toBe(false);
  });

  it('should be what effectivePermissions reports, and the roles otherwise', () => {
    expect([...effectivePermissions(apiKey(['audit:read', 'members:read']))].sort()).toEqual(['audit:read', 'members:read']);
    expect([...effectivePermissions(identity('content_approver'))].sort()).toEqual(['analytics:read', 'content:approve', 'content:publish', 'content:read']);
  });
});
