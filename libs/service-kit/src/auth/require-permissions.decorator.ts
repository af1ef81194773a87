import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthError } from './auth.error';
import { identityOf } from './current-identity.decorator';
import { hasPermission, type Permission } from './permissions';

const REQUIRED_PERMISSIONS = 'groundswell:required-permissions';

@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const required = requiredPermissionsOf(this.reflector, execution.getHandler(), execution.getClass());
    const identity = identityOf(execution);
    const missing = required.filter((permission) => !hasPermission(identity, permission));
    if (missing.length > 0) {
      throw new AuthError('PERMISSION_DENIED', `Your roles do not allow ${missing.join(', ')}`, { missing });
    }
    return true;
  }
}

/** What a resolver method requires, its own declaration overriding its class's (also read by permission-manifest.ts). */
export function requiredPermissionsOf(reflector: Reflector, handler: Function, resolverClass: Function): readonly Permission[] {
  return reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, [handler, resolverClass]) ?? [];
}

/** On a resolver class or method: every listed permission is needed (see permissions.ts). */
export function RequirePermissions(...required: [Permission, ...Permission[]]) {
  return applyDecorators(SetMetadata(REQUIRED_PERMISSIONS, required), UseGuards(PermissionsGuard));
}
