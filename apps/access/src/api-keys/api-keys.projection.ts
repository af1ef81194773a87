import { defineProjection, EventStore } from '@groundswell/event-store';
import type { Pool } from 'pg';
import { apiKeyEventTypes, type ApiKeyEvent } from './api-key.events';

/** `api_keys`: one row per key, with its hash for verification and its revocation. */
export const apiKeysProjection = defineProjection<ApiKeyEvent>('api_keys', {
  [apiKeyEventTypes.issued]: (client, { tenantId, data, occurredAt }) =>
    client.query(
      `INSERT INTO api_keys (key_id, tenant_id, name, permissions, community_ids, secret_hash, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [data.keyId, tenantId, data.name, data.permissions, data.communityIds ?? null, data.secretHash, occurredAt, data.issuedBy],
    ),
  [apiKeyEventTypes.revoked]: (client, { tenantId, data, occurredAt }) =>
    client.query('UPDATE api_keys SET revoked_at = $3, revoked_by = $4 WHERE key_id = $1 AND tenant_id = $2', [data.keyId, tenantId, occurredAt, data.revokedBy]),
});

/** The access service's event store on `pool`: appends to key streams update `api_keys`. */
export const apiKeysEventStore = (pool: Pool) => new EventStore(pool, { 'api-key': [apiKeysProjection] });
