import type { Permission } from '@groundswell/service-kit';

// Kept in the access service's own event store; no relay publishes them (nothing outside reacts to keys).
export const apiKeyEventTypes = {
  issued: 'groundswell.access.ApiKeyIssued.v1',
  revoked: 'groundswell.access.ApiKeyRevoked.v1',
} as const;

export interface ApiKeyIssued {
  type: typeof apiKeyEventTypes.issued;
  data: {
    keyId: string;
    name: string;
    permissions: Permission[];
    /** Absent: every community of the tenant. */
    communityIds?: string[];
    /** SHA-256 of the secret, hex: the secret itself is never stored. */
    secretHash: string;
    issuedBy: string;
  };
}

export interface ApiKeyRevoked {
  type: typeof apiKeyEventTypes.revoked;
  data: { keyId: string; revokedBy: string };
}

export type ApiKeyEvent = ApiKeyIssued | ApiKeyRevoked;

export const apiKeyStream = (keyId: string) => ({ streamId: `api-key-${keyId}`, streamType: 'api-key' });
