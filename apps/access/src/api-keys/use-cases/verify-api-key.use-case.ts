import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL, type Permission } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { parseApiKey, secretMatches } from '../api-key-secret';

/** What the gateway needs to build the caller's identity from a valid key. */
export interface VerifiedApiKey {
  keyId: string;
  tenantId: string;
  permissions: Permission[];
  communityIds?: string[];
}

// Last use is for administrators spotting idle keys: minute precision is plenty, and it keeps
// verification from writing on every call.
const LAST_USED_RESOLUTION = '1 minute';

@Injectable()
export class VerifyApiKeyUseCase {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The key's grant, or null for anything that is not a live key of ours (unknown, revoked, wrong secret). */
  async execute(plaintext: string): Promise<VerifiedApiKey | null> {
    const parts = parseApiKey(plaintext);
    if (!parts) return null;
    const { rows } = await this.pool.query<{ tenant_id: string; permissions: Permission[]; community_ids: string[] | null; secret_hash: string }>(
      'SELECT tenant_id, permissions, community_ids, secret_hash FROM api_keys WHERE key_id = $1 AND revoked_at IS NULL',
      [parts.keyId],
    );
    const key = rows[0];
    if (!key || !secretMatches(parts.secret, key.secret_hash)) return null;
    await this.pool.query(
      `UPDATE api_keys SET last_used_at = now()
       WHERE key_id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_RESOLUTION}')`,
      [parts.keyId],
    );
    return {
      keyId: parts.keyId,
      tenantId: key.tenant_id,
      permissions: key.permissions,
      ...(key.community_ids ? { communityIds: key.community_ids } : {}),
    };
  }
}
