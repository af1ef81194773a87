import { Inject, Injectable } from '@nestjs/common';
import type { Queryable } from '@groundswell/event-store';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface AppealRecord {
  id: string;
  sanctionId: string;
  memberId: string;
  statement: string;
  filedByKind: 'member' | 'operator' | 'system';
  filedById: string;
  sanctionedBy: string;
  status: 'open' | 'upheld' | 'rejected';
  decisionReason: string | null;
  decidedBy: string | null;
  filedAt: Date;
  decidedAt: Date | null;
}

const columns = `appeal_id AS id, sanction_id AS "sanctionId", member_id AS "memberId", statement, filed_by_kind AS "filedByKind", filed_by_id AS "filedById",
  sanctioned_by AS "sanctionedBy", status, decision_reason AS "decisionReason", decided_by AS "decidedBy", filed_at AS "filedAt", decided_at AS "decidedAt"`;

export async function findAppeal(db: Queryable, tenantId: string, appealId: string): Promise<AppealRecord | null> {
  const { rows } = await db.query<AppealRecord>(`SELECT ${columns} FROM moderation_appeals WHERE tenant_id = $1 AND appeal_id::text = $2`, [tenantId, appealId]);
  return rows[0] ?? null;
}

@Injectable()
export class AppealQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  appeal(tenantId: string, appealId: string): Promise<AppealRecord | null> {
    return findAppeal(this.pool, tenantId, appealId);
  }

  /** Newest first, optionally only those with one status (open: the reviewers' work). */
  async appeals(tenantId: string, status: AppealRecord['status'] | undefined, first?: number, after?: string): Promise<Connection<AppealRecord>> {
    const size = pageSize(first);
    const [filedAt, appealId] = after ? decodeCursor(after, ['timestamp', 'uuid']) : [null, null];
    const conditions = 'tenant_id = $1 AND ($2::text IS NULL OR status = $2)';
    const [{ rows }, total] = await Promise.all([
      this.pool.query<AppealRecord>(
        `SELECT ${columns} FROM moderation_appeals
         WHERE ${conditions} AND ($3::timestamptz IS NULL OR (filed_at, appeal_id) < ($3::timestamptz, $4::uuid))
         ORDER BY filed_at DESC, appeal_id DESC LIMIT $5`,
        [tenantId, status ?? null, filedAt, appealId, size + 1],
      ),
      this.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM moderation_appeals WHERE ${conditions}`, [tenantId, status ?? null]),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.filedAt.toISOString(), row.id]), (row) => row);
  }
}
