import type { Decider } from '@groundswell/event-store';
import { permissions as knownPermissions, type Permission } from '@groundswell/service-kit';
import { ApiKeyError } from './api-key.error';
import { apiKeyEventTypes, type ApiKeyEvent } from './api-key.events';

export interface IssueApiKey {
  type: 'IssueApiKey';
  keyId: string;
  name: string;
  permissions: readonly string[];
  communityIds?: readonly string[];
  secretHash: string;
  /** What the issuer may do and where: a key never gets more. */
  issuer: { sub: string; permissions: ReadonlySet<Permission>; communities?: readonly string[] };
}

export interface RevokeApiKey {
  type: 'RevokeApiKey';
  keyId: string;
  by: string;
}

export type ApiKeyCommand = IssueApiKey | RevokeApiKey;

export type ApiKeyState = { status: 'none' } | { status: 'active' | 'revoked' };

export const MAX_API_KEY_NAME_LENGTH = 100;

function isPermission(name: string): name is Permission {
  return (knownPermissions as readonly string[]).includes(name);
}

function grantedPermissions(command: IssueApiKey): Permission[] {
  const requested = [...new Set(command.permissions)].sort();
  if (requested.length === 0) throw new ApiKeyError('PERMISSIONS_EMPTY', 'An API key needs at least one permission');
  const unknown = requested.filter((name) => !isPermission(name));
  if (unknown.length > 0) throw new ApiKeyError('PERMISSION_UNKNOWN', `Unknown permissions: ${unknown.join(', ')}`, { unknown });
  const notHeld = requested.filter((name) => !command.issuer.permissions.has(name as Permission));
  if (notHeld.length > 0) {
    throw new ApiKeyError('PERMISSION_NOT_HELD', `You cannot grant permissions you do not hold: ${notHeld.join(', ')}`, { notHeld });
  }
  return requested as Permission[];
}

/** A community-scoped issuer gives out keys within its own scope; unscoped, the key inherits it. */
function grantedCommunities(command: IssueApiKey): string[] | undefined {
  const scope = command.issuer.communities;
  const requested = command.communityIds ? [...new Set(command.communityIds)].sort() : undefined;
  if (!scope) return requested;
  if (!requested) return [...scope].sort();
  const outside = requested.filter((communityId) => !scope.includes(communityId));
  if (outside.length > 0) throw new ApiKeyError('COMMUNITY_NOT_HELD', 'The key may only reach communities you can reach', { outside });
  return requested;
}

function issue(command: IssueApiKey, state: ApiKeyState): ApiKeyEvent[] {
  if (state.status !== 'none') throw new ApiKeyError('KEY_EXISTS', 'This API key exists already', { keyId: command.keyId });
  const name = command.name.trim();
  if (name.length === 0 || name.length > MAX_API_KEY_NAME_LENGTH) {
    throw new ApiKeyError('NAME_INVALID', `The name must be 1–${MAX_API_KEY_NAME_LENGTH} characters`);
  }
  const communityIds = grantedCommunities(command);
  return [
    {
      type: apiKeyEventTypes.issued,
      data: {
        keyId: command.keyId,
        name,
        permissions: grantedPermissions(command),
        ...(communityIds ? { communityIds } : {}),
        secretHash: command.secretHash,
        issuedBy: command.issuer.sub,
      },
    },
  ];
}

function revoke(command: RevokeApiKey, state: ApiKeyState): ApiKeyEvent[] {
  if (state.status === 'none') throw new ApiKeyError('KEY_NOT_FOUND', 'No such API key', { keyId: command.keyId });
  // Revoking twice is what a retrying client does; the key stays revoked from the first time.
  if (state.status === 'revoked') return [];
  return [{ type: apiKeyEventTypes.revoked, data: { keyId: command.keyId, revokedBy: command.by } }];
}

export const apiKeyDecider: Decider<ApiKeyCommand, ApiKeyEvent, ApiKeyState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'IssueApiKey' ? issue(command, state) : revoke(command, state)),
  evolve: (_state, event) => ({ status: event.type === apiKeyEventTypes.issued ? 'active' : 'revoked' }),
};
