import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '@groundswell/service-kit';
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

  /**
   * Live segments, oldest first, of one community or of every community in `scope` (all when absent).
   * The cursor keeps created_at to the microsecond, so a page never repeats the row it ended on.
   */
  async segments(tenantId: string, filter: { communityId?: string; scope?: readonly string[] }, first?: number, after?: string): Promise<Connection<SegmentRow>> {
    const size = pageSize(first);
    const [createdAt, id] = after ? decodeCursor(after, ['timestamp', 'uuid']) : ['-infinity', '00000000-0000-0000-0000-000000000000'];
    const where = `tenant_id = $1 AND archived_at IS NULL AND ($2::uuid IS NULL OR community_id = $2::uuid) AND ($3::text[] IS NULL OR community_id::text = ANY($3::text[]))`;
    const params = [tenantId, filter.communityId ?? null, filter.scope ?? null];
    const { rows } = await this.context.pool.query<SegmentRow & { position: string }>(
      `SELECT ${segmentColumns}, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position FROM segments
       WHERE ${where} AND (created_at, segment_id) > ($4::timestamptz, $5::uuid) ORDER BY created_at, segment_id LIMIT $6`,
      [...params, createdAt, id, size + 1],
    );
    const total = await this.context.pool.query<{ count: string }>(`SELECT count(*) FROM segments WHERE ${where}`, params);
    return toConnection(rows, size, Number(total.rows[0]!.count), (row) => encodeCursor([row.position, row.id]), ({ position: _, ...segment }) => segment);
  }

  async memberCount(tenantId: string, segmentId: string): Promise<number> {
    const { rows } = await this.context.pool.query<{ count: string }>('SELECT count(*) FROM segment_members WHERE tenant_id = $1 AND segment_id = $2', [tenantId, segmentId]);
    return Number(rows[0]!.count);
  }

  /** The segment's members in the order they entered it. */
  async members(tenantId: string, segmentId: string, first?: number, after?: string): Promise<Connection<MemberRow>> {
    const size = pageSize(first);
    const [enteredAt, id] = after ? decodeCursor(after, ['timestamp', 'uuid']) : ['-infinity', '00000000-0000-0000-0000-000000000000'];
    const { rows } = await this.context.pool.query<MemberRow & { enteredAt: Date }>(
      `SELECT ${memberColumns}, sm.entered_at AS "enteredAt" FROM segment_members sm
       JOIN members m ON m.tenant_id = sm.tenant_id AND m.member_id = sm.member_id
       WHERE sm.tenant_id = $1 AND sm.segment_id = $2 AND (sm.entered_at, sm.member_id) > ($3::timestamptz, $4::uuid)
       ORDER BY sm.entered_at, sm.member_id LIMIT $5`,
      [tenantId, segmentId, enteredAt, id, size + 1],
    );
    const total = await this.memberCount(tenantId, segmentId);
    return toConnection(rows, size, total, (row) => encodeCursor([row.enteredAt.toISOString(), row.id]), ({ enteredAt: _, ...member }) => member);
  }
}
