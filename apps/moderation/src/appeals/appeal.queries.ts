import { Inject, Injectable } from '@nestjs/common';
import type { Queryable } from '@groundswell/event-store';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
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
  appeals(tenantId: string, status: AppealRecord['status'] | undefined, first?: number, after?: string): Promise<Connection<AppealRecord>> {
    const conditions = 'tenant_id = $1 AND ($2::text IS NULL OR status = $2)';
    return keysetPage(this.pool, { from: 'moderation_appeals', columns, where: conditions, values: [tenantId, status ?? null], time: 'filed_at', key: 'appeal_id', keyKind: 'uuid' }, { first, after });
  }
}
