import { Inject, Injectable } from '@nestjs/common';
import type { Queryable } from '@groundswell/event-store';
import type { ModerationTarget } from '@groundswell/events';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { reviewCaseRecordColumns, type ReviewCaseRecord } from './review-case.record';

export interface ReviewQueueFilter {
  status?: 'open' | 'decided';
  level?: number;
  communityId?: string;
  unclaimedOnly?: boolean;
}

type Row = ReviewCaseRecord & { priorityRank: number };
const withoutRank = ({ priorityRank: _rank, ...record }: Row): ReviewCaseRecord => record;

/** The case open on `target` now, if any: where a new report on it belongs. Read inside the writer's transaction. */
export async function openCaseOn(db: Queryable, tenantId: string, target: ModerationTarget): Promise<string | null> {
  const { rows } = await db.query<{ caseId: string }>(
    `SELECT case_id AS "caseId" FROM moderation_review_cases WHERE tenant_id = $1 AND target_kind = $2 AND target_id = $3 AND status = 'open'`,
    [tenantId, target.kind, target.id],
  );
  return rows[0]?.caseId ?? null;
}

@Injectable()
export class ReviewQueueQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async reviewCase(tenantId: string, caseId: string): Promise<ReviewCaseRecord | null> {
    const { rows } = await this.pool.query<Row>(`SELECT ${reviewCaseRecordColumns} FROM moderation_review_cases WHERE tenant_id = $1 AND case_id::text = $2`, [tenantId, caseId]);
    return rows[0] ? withoutRank(rows[0]) : null;
  }

  /** Open cases by default: most urgent first, then oldest first, so nothing waits behind newer work of its priority. */
  async reviewQueue(tenantId: string, filter: ReviewQueueFilter | null = null, first?: number, after?: string): Promise<Connection<ReviewCaseRecord>> {
    const size = pageSize(first);
    const [rank, openedAt, caseId] = after ? decodeCursor(after, ['key', 'timestamp', 'uuid']) : [null, null, null];
    const conditions = `tenant_id = $1 AND status = $2 AND ($3::smallint IS NULL OR level = $3) AND ($4::text IS NULL OR community_id::text = $4)
      AND (NOT $5 OR holder IS NULL)`;
    const given = filter ?? {};
    const parameters = [tenantId, given.status ?? 'open', given.level ?? null, given.communityId ?? null, given.unclaimedOnly ?? false];
    const [{ rows }, total] = await Promise.all([
      this.pool.query<Row>(
        `SELECT ${reviewCaseRecordColumns} FROM moderation_review_cases
         WHERE ${conditions} AND ($6::smallint IS NULL OR (-priority_rank, opened_at, case_id) > (-$6::smallint, $7::timestamptz, $8::uuid))
         ORDER BY priority_rank DESC, opened_at, case_id LIMIT $9`,
        [...parameters, rank, openedAt, caseId, size + 1],
      ),
      this.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM moderation_review_cases WHERE ${conditions}`, parameters),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([String(row.priorityRank), row.openedAt.toISOString(), row.id]), withoutRank);
  }
}
