import { GUARDS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { AuthError } from './auth.error';
import type { Identity } from './identity';
import { PermissionsGuard, RequirePermissions } from './require-permissions.decorator';
import type { Role } from './roles';

class MembersResolver {
  @RequirePermissions('members:read-personal')
  memberProfile() {}

  @RequirePermissions('engagement:interact', 'moderation:mute')
  muteMember() {}
}

function operation(handler: () => void, identity?: Identity) {
  const context = new ExecutionContextHost([{}, {}, { identity }, {}], MembersResolver, handler);
  context.setType('graphql');
  return context;
}

const caller = (...roles: Role[]): Identity => ({ sub: 'u1', tenant: 'demo', roles });

function refusal(check: () => unknown): AuthError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return error as AuthError;
  }
  throw new Error('expected the guard to refuse');
}

describe(PermissionsGuard.name, () => {
  const guard = new PermissionsGuard(new Reflector());
  const { memberProfile, muteMember } = MembersResolver.prototype;

  it('should be applied by @RequirePermissions', () => {
    expect(Reflect.getMetadata(GUARDS_METADATA, memberProfile)).toEqual([PermissionsGuard]);
  });

  it('should let a caller through whose roles grant every required permission', () => {
    expect(guard.canActivate(operation(memberProfile, caller('community_manager')))).toBe(true);
    expect(guard.canActivate(operation(muteMember, caller('volunteer')))).toBe(true);
  });

  it('should refuse with FORBIDDEN and name the missing permissions', () => {
    const error = refusal(() => guard.canActivate(operation(memberProfile, caller('volunteer', 'analyst'))));
    expect(error.category).toBe('FORBIDDEN');
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.details).toEqual({ missing: ['members:read-personal'] });
  });

  it('should refuse an operation without an identity as UNAUTHENTICATED', () => {
    expect(refusal(() => guard.canActivate(operation(memberProfile))).category).toBe('UNAUTHENTICATED');
  });
});
