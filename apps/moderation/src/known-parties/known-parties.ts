import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@groundswell/service-kit';
import { KnownPartiesError } from './known-parties.error';

export interface PartyRefs {
  communityIds?: Iterable<string | undefined | null>;
  memberIds?: Iterable<string | undefined | null>;
}

const present = (ids: Iterable<string | undefined | null> = []) => [...new Set([...ids].filter((id): id is string => Boolean(id)))];

/**
 * Which communities and members a tenant has, as far as moderation has heard from the members
 * service. Nothing moderation records may point at what the tenant cannot see: another tenant's id,
 * or one not created yet, is NOT_FOUND.
 */
@Injectable()
export class KnownParties {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async require(tenantId: string, refs: PartyRefs): Promise<void> {
    const communityIds = present(refs.communityIds);
    const memberIds = present(refs.memberIds);
    const [communities, members] = await Promise.all([
      this.missing(tenantId, 'known_communities', 'community_id', communityIds),
      this.missing(tenantId, 'known_members', 'member_id', memberIds),
    ]);
    if (communities.length > 0) {
      throw new KnownPartiesError('COMMUNITY_NOT_FOUND', `该租户下没有社群 ${communities.join(', ')}（刚创建的社群可能需要一两秒才能在此处可用）`, { communityIds: communities });
    }
    if (members.length > 0) {
      throw new KnownPartiesError('MEMBER_NOT_FOUND', `该租户下没有成员 ${members.join(', ')}（刚加入的成员可能需要一两秒才能在此处可用）`, { memberIds: members });
    }
  }

  private async missing(tenantId: string, table: string, column: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<{ id: string }>(`SELECT ${column} AS id FROM ${table} WHERE tenant_id = $1 AND ${column} = ANY($2::text[])`, [tenantId, ids]);
    const known = new Set(rows.map(({ id }) => id));
    return ids.filter((id) => !known.has(id));
  }
}
