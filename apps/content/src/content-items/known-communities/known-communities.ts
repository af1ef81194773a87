import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { ContentItemError } from '../content-item.error';

@Injectable()
export class KnownCommunities {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Refuses ids the members service never announced in the tenant (another tenant's included). */
  async assertKnown(tenantId: string, communityIds: readonly string[]): Promise<void> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT community_id AS id FROM content_known_communities WHERE tenant_id = $1 AND community_id = ANY($2::text[])', [
      tenantId,
      [...communityIds],
    ]);
    const known = new Set(rows.map((row) => row.id));
    const unknown = communityIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ContentItemError('COMMUNITY_UNKNOWN', 'No such community in your tenant (a new one is known a second or so after it is created)', { unknown });
  }
}
