import type { InlineProjection } from '@groundswell/event-store';
import { apiKeyEventTypes, type ApiKeyEvent } from './api-key.events';

/** `api_keys`: one row per key, with its hash for verification and its revocation. */
export const apiKeysProjection: InlineProjection = {
  name: 'api_keys',
  table: 'api_keys',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events as unknown as Array<ApiKeyEvent & { tenantId: string; occurredAt: Date }>) {
      if (event.type === apiKeyEventTypes.issued) {
        const { keyId, name, permissions, communityIds, secretHash, issuedBy } = event.data;
        await client.query(
          `INSERT INTO ${table} (key_id, tenant_id, name, permissions, community_ids, secret_hash, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [keyId, event.tenantId, name, permissions, communityIds ?? null, secretHash, event.occurredAt, issuedBy],
        );
      } else {
        await client.query(`UPDATE ${table} SET revoked_at = $3, revoked_by = $4 WHERE key_id = $1 AND tenant_id = $2`, [
          event.data.keyId,
          event.tenantId,
          event.occurredAt,
          event.data.revokedBy,
        ]);
      }
    }
  },
};
