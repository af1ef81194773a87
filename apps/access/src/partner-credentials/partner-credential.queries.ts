import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
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
  credentials(tenantId: string, first?: number, after?: string): Promise<Connection<PartnerCredentialRecord>> {
    return keysetPage(this.pool, { from: 'partner_credentials', columns: columns, where: 'tenant_id = $1', values: [tenantId], time: 'created_at', key: 'credential_id' }, { first, after });
  }
}
