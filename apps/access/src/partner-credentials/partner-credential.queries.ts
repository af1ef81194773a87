import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

/** A partner credential as the tenant's owners see it: never the password. */
export interface PartnerCredentialRecord {
  id: string;
  partner: string;
  username: string;
  mechanism: string;
  topicPrefix: string;
  groupPrefix: string;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
  revokedBy: string | null;
}

const columns = `credential_id AS id, partner, username, mechanism, topic_prefix AS "topicPrefix", group_prefix AS "groupPrefix",
  created_at AS "createdAt", created_by AS "createdBy", revoked_at AS "revokedAt", revoked_by AS "revokedBy"`;

@Injectable()
export class PartnerCredentialQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async credential(tenantId: string, credentialId: string): Promise<PartnerCredentialRecord | null> {
    const { rows } = await this.pool.query<PartnerCredentialRecord>(`SELECT ${columns} FROM partner_credentials WHERE tenant_id = $1 AND credential_id = $2`, [
      tenantId,
      credentialId,
    ]);
    return rows[0] ?? null;
  }

  /** The tenant's partner credentials, newest first, revoked ones included. */
  async credentials(tenantId: string, first?: number, after?: string): Promise<Connection<PartnerCredentialRecord>> {
    const size = pageSize(first);
    const [createdAt, credentialId] = after ? decodeCursor(after, ['timestamp', 'key']) : [null, null];
    const [{ rows }, total] = await Promise.all([
      this.pool.query<PartnerCredentialRecord>(
        `SELECT ${columns} FROM partner_credentials
         WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, credential_id) < ($2::timestamptz, $3::text))
         ORDER BY created_at DESC, credential_id DESC LIMIT $4`,
        [tenantId, createdAt, credentialId, size + 1],
      ),
      this.pool.query<{ count: number }>('SELECT count(*)::int AS count FROM partner_credentials WHERE tenant_id = $1', [tenantId]),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), (row) => row);
  }
}
