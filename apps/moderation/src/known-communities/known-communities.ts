import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@groundswell/service-kit';
import { KnownCommunitiesError } from './known-communities.error';

/** Which communities a tenant has, as far as moderation has heard from the members service. */
@Injectable()
export class KnownCommunities {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** A community of another tenant, or one not created yet, is NOT_FOUND: entries never point at what the tenant cannot see. */
  async require(tenantId: string, communityId: string): Promise<void> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM known_communities WHERE tenant_id = $1 AND community_id = $2', [tenantId, communityId]);
    if (!rowCount) {
      throw new KnownCommunitiesError('COMMUNITY_NOT_FOUND', `该租户下没有社群 ${communityId}（刚创建的社群可能需要一两秒才能在此处可用）`, { communityId });
    }
  }
}
