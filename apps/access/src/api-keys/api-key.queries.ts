import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
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
  apiKeys(tenantId: string, first?: number, after?: string): Promise<Connection<ApiKeyRecord>> {
    return keysetPage(this.pool, { from: 'api_keys', columns: apiKeyRecordColumns, where: 'tenant_id = $1', values: [tenantId], time: 'created_at', key: 'key_id' }, { first, after });
  }
}
