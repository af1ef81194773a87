import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { apiKeyRecordColumns, type ApiKeyRecord } from './api-key.record';

@Injectable()
export class ApiKeyQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async apiKey(tenantId: string, keyId: string): Promise<ApiKeyRecord | null> {
    const { rows } = await this.pool.query<ApiKeyRecord>(`SELECT ${apiKeyRecordColumns} FROM api_keys WHERE tenant_id = $1 AND key_id = $2`, [tenantId, keyId]);
    return rows[0] ?? null;
  }

  /** The tenant's keys, newest first, revoked ones included. */
  async apiKeys(tenantId: string, first?: number, after?: string): Promise<Connection<ApiKeyRecord>> {
    const size = pageSize(first);
    const [createdAt, keyId] = after ? decodeCursor(after, ['timestamp', 'key']) : [null, null];
    const [{ rows }, total] = await Promise.all([
      this.pool.query<ApiKeyRecord>(
        `SELECT ${apiKeyRecordColumns} FROM api_keys
         WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, key_id) < ($2::timestamptz, $3::text))
         ORDER BY created_at DESC, key_id DESC LIMIT $4`,
        [tenantId, createdAt, keyId, size + 1],
      ),
      this.pool.query<{ count: number }>('SELECT count(*)::int AS count FROM api_keys WHERE tenant_id = $1', [tenantId]),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), (row) => row);
  }
}
