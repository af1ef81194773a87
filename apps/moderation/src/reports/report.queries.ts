import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { ReportCategory } from '@groundswell/events';
import type { Pool } from 'pg';

export interface ReportRecord {
  id: string;
  caseId: string;
  targetKind: 'content' | 'message' | 'member';
  targetId: string;
  communityId: string | null;
  category: ReportCategory;
  detail: string | null;
  reportedByKind: 'member' | 'operator' | 'system';
  reportedById: string;
  filedAt: Date;
}

const columns = `report_id AS id, case_id AS "caseId", target_kind AS "targetKind", target_id AS "targetId", community_id AS "communityId", category, detail,
  reported_by_kind AS "reportedByKind", reported_by_id AS "reportedById", filed_at AS "filedAt"`;

@Injectable()
export class ReportQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async report(tenantId: string, reportId: string): Promise<ReportRecord | null> {
    const { rows } = await this.pool.query<ReportRecord>(`SELECT ${columns} FROM moderation_reports WHERE tenant_id = $1 AND report_id::text = $2`, [tenantId, reportId]);
    return rows[0] ?? null;
  }

  /** Reports newest first, all of the tenant's or those of one case. */
  reports(tenantId: string, caseId: string | undefined, first?: number, after?: string): Promise<Connection<ReportRecord>> {
    const conditions = 'tenant_id = $1 AND ($2::text IS NULL OR case_id::text = $2)';
    return keysetPage(this.pool, { from: 'moderation_reports', columns, where: conditions, values: [tenantId, caseId ?? null], time: 'filed_at', key: 'report_id', keyKind: 'uuid' }, { first, after });
  }
}
