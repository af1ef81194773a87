import type { Permission } from '@groundswell/service-kit';

/** An API key as its tenant's administrators see it: never the secret, never its hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  permissions: Permission[];
  communityIds: string[] | null;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
  revokedBy: string | null;
  lastUsedAt: Date | null;
}

export const apiKeyRecordColumns = `key_id AS id, name, permissions, community_ids AS "communityIds", created_at AS "createdAt",
  created_by AS "createdBy", revoked_at AS "revokedAt", revoked_by AS "revokedBy", last_used_at AS "lastUsedAt"`;
