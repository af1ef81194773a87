import { deciderSpec } from '@groundswell/event-store/testing';
import { permissionsOf, type Permission } from '@groundswell/service-kit';
import { apiKeyDecider, type IssueApiKey } from './api-key.decider';
import { ApiKeyError } from './api-key.error';
import { apiKeyEventTypes, type ApiKeyEvent } from './api-key.events';

const owner = { sub: 'u-owner', permissions: permissionsOf(['owner']) };
const manager = { sub: 'u-manager', permissions: permissionsOf(['community_manager']), communities: ['c1', 'c2'] };

const issue = (overrides: Partial<IssueApiKey> = {}): IssueApiKey => ({
  type: 'IssueApiKey',
  keyId: 'k1',
  name: 'CRM sync',
  permissions: ['members:read'],
  secretHash: 'hash-1',
  issuer: owner,
  ...overrides,
});

const issued = (data: Partial<Extract<ApiKeyEvent, { type: typeof apiKeyEventTypes.issued }>['data']> = {}): ApiKeyEvent => ({
  type: apiKeyEventTypes.issued,
  data: { keyId: 'k1', name: 'CRM sync', permissions: ['members:read'], secretHash: 'hash-1', issuedBy: 'u-owner', ...data },
});
const revoked: ApiKeyEvent = { type: apiKeyEventTypes.revoked, data: { keyId: 'k1', revokedBy: 'u-owner' } };

describe('apiKeyDecider', () => {
  const spec = deciderSpec(apiKeyDecider);

  describe('IssueApiKey', () => {
    it('should issue a key with the requested permissions, deduplicated and sorted', () => {
      const permissions: Permission[] = ['members:read', 'audit:read', 'members:read'];
      spec.given([]).when(issue({ permissions })).then([issued({ permissions: ['audit:read', 'members:read'] })]);
    });

    it('should trim the name and refuse an empty or overlong one', () => {
      spec.given([]).when(issue({ name: '  CRM sync ' })).then([issued()]);
      spec.given([]).when(issue({ name: '   ' })).thenThrows(ApiKeyError, 'NAME_INVALID');
      spec.given([]).when(issue({ name: 'x'.repeat(101) })).thenThrows(ApiKeyError, 'NAME_INVALID');
    });

    it('should refuse a permission that does not exist as bad input', () => {
      spec.given([]).when(issue({ permissions: ['members:read', 'members:own'] })).thenThrows(ApiKeyError, 'PERMISSION_UNKNOWN');
    });

    it('should refuse a key without permissions', () => {
      spec.given([]).when(issue({ permissions: [] })).thenThrows(ApiKeyError, 'PERMISSIONS_EMPTY');
    });

    it('should refuse to grant a permission the issuer does not hold', () => {
      spec.given([]).when(issue({ issuer: manager, permissions: ['members:erase'] })).thenThrows(ApiKeyError, 'PERMISSION_NOT_HELD');
    });

    it('should keep a community-scoped issuer’s key within that scope', () => {
      spec.given([]).when(issue({ issuer: manager })).then([issued({ communityIds: ['c1', 'c2'], issuedBy: 'u-manager' })]);
      spec.given([]).when(issue({ issuer: manager, communityIds: ['c2'] })).then([issued({ communityIds: ['c2'], issuedBy: 'u-manager' })]);
      spec.given([]).when(issue({ issuer: manager, communityIds: ['c3'] })).thenThrows(ApiKeyError, 'COMMUNITY_NOT_HELD');
    });

    it('should refuse to issue the same key twice', () => {
      spec.given([issued()]).when(issue()).thenThrows(ApiKeyError, 'KEY_EXISTS');
    });
  });

  describe('RevokeApiKey', () => {
    it('should revoke an active key', () => {
      spec.given([issued()]).when({ type: 'RevokeApiKey', keyId: 'k1', by: 'u-owner' }).then([revoked]);
    });

    it('should change nothing when the key is revoked already', () => {
      spec.given([issued(), revoked]).when({ type: 'RevokeApiKey', keyId: 'k1', by: 'u-owner' }).then([]);
    });

    it('should answer NOT_FOUND for a key that was never issued', () => {
      spec.given([]).when({ type: 'RevokeApiKey', keyId: 'k1', by: 'u-owner' }).thenThrows(ApiKeyError, 'KEY_NOT_FOUND');
    });
  });
});
