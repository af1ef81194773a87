import { Injectable } from '@nestjs/common';
import { keysetPage, type Connection } from '@groundswell/service-kit';
import type { MemberRow } from '../membership/member-queries';
import { MembersContext } from '../shared/members-context';
import type { SegmentFilter } from './segment-filter';

export interface SegmentRow {
  id: string;
  name: string;
  communityId: string;
  filter: SegmentFilter;
  createdAt: Date;
}

const segmentColumns = `segment_id AS id, name, community_id AS "communityId", filter, created_at AS "createdAt"`;
const memberColumns = `m.member_id AS id, m.status, m.registered_at AS "registeredAt", m.display_name AS "displayNameSealed"`;

/** Read-side queries of segments; every one is scoped to the caller's tenant by its first parameter. */
@Injectable()
export class SegmentQueries {
  constructor(private readonly context: MembersContext) {}

  async segment(tenantId: string, segmentId: string): Promise<SegmentRow | undefined> {
    const { rows } = await this.context.pool.query<SegmentRow>(`SELECT ${segmentColumns} FROM segments WHERE tenant_id = $1 AND segment_id = $2 AND archived_at IS NULL`, [tenantId, segmentId]);
    return rows[0];
  }

  /** Live segments, oldest first, of one community or of every community in `scope` (all when absent). */
  segments(tenantId: string, filter: { communityId?: string; scope?: readonly string[] }, first?: number, after?: string): Promise<Connection<SegmentRow>> {
    const where = `tenant_id = $1 AND archived_at IS NULL AND ($2::uuid IS NULL OR community_id = $2::uuid) AND ($3::text[] IS NULL OR community_id::text = ANY($3::text[]))`;
    const values = [tenantId, filter.communityId ?? null, filter.scope ?? null];
    return keysetPage(this.context.pool, { from: 'segments', columns: segmentColumns, where, values, time: 'created_at', key: 'segment_id', keyKind: 'uuid', order: 'oldest-first' }, { first, after });
  }

  async memberCount(tenantId: string, segmentId: string): Promise<number> {
    const { rows } = await this.context.pool.query<{ count: string }>('SELECT count(*) FROM segment_members WHERE tenant_id = $1 AND segment_id = $2', [tenantId, segmentId]);
    return Number(rows[0]!.count);
  }

  /** The segment's members in the order they entered it. */
  members(tenantId: string, segmentId: string, first?: number, after?: string): Promise<Connection<MemberRow>> {
    return keysetPage(
      this.context.pool,
      {
        from: 'segment_members sm JOIN members m ON m.tenant_id = sm.tenant_id AND m.member_id = sm.member_id',
        columns: memberColumns,
        where: 'sm.tenant_id = $1 AND sm.segment_id = $2',
        values: [tenantId, segmentId],
        time: 'sm.entered_at',
        key: 'sm.member_id',
        keyKind: 'uuid',
        order: 'oldest-first',
      },
      { first, after },
    );
  }
}
