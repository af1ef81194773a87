import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { RiskBand, RiskType } from './risk-score';

export interface RiskRecord {
  id: string;
  riskType: RiskType;
  title: string;
  description: string | null;
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  potentialLossYuan: number | null;
  owner: string;
  /** `YYYY-MM-DD`, Beijing calendar. */
  reviewDue: string;
  status: 'open' | 'closed';
  registeredAt: Date;
  registeredBy: string;
  lastAssessedAt: Date;
  closedAt: Date | null;
  closedReason: string | null;
}

export interface RiskFilter {
  riskType?: RiskType;
  band?: RiskBand;
  status?: 'open' | 'closed';
  owner?: string;
}

const columns = `risk_id AS id, risk_type AS "riskType", title, description, likelihood, impact, score, band, potential_loss_yuan::float8 AS "potentialLossYuan",
  owner, to_char(review_due, 'YYYY-MM-DD') AS "reviewDue", status, registered_at AS "registeredAt", registered_by AS "registeredBy",
  last_assessed_at AS "lastAssessedAt", closed_at AS "closedAt", closed_reason AS "closedReason"`;

// Risk ids are UUIDs; the score in a cursor is a short key.
const scoreCursor = (row: RiskRecord) => encodeCursor([String(row.score), row.id]);
const dueCursor = (row: RiskRecord) => encodeCursor([row.reviewDue, row.id]);

@Injectable()
export class RiskQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async risk(tenantId: string, riskId: string): Promise<RiskRecord | null> {
    const { rows } = await this.pool.query<RiskRecord>(`SELECT ${columns} FROM risks WHERE tenant_id = $1 AND risk_id = $2`, [tenantId, riskId]);
    return rows[0] ?? null;
  }

  /** The register, worst first (highest score). */
  async risks(tenantId: string, filter: RiskFilter, first?: number, after?: string): Promise<Connection<RiskRecord>> {
    const size = pageSize(first);
    const [score, riskId] = after ? decodeCursor(after, ['key', 'uuid']) : [null, null];
    const where = `tenant_id = $1 AND ($2::text IS NULL OR risk_type = $2) AND ($3::text IS NULL OR band = $3) AND ($4::text IS NULL OR status = $4) AND ($5::text IS NULL OR owner = $5)`;
    const parameters = [tenantId, filter.riskType ?? null, filter.band ?? null, filter.status ?? null, filter.owner ?? null];
    const [{ rows }, total] = await Promise.all([
      this.pool.query<RiskRecord>(
        `SELECT ${columns} FROM risks WHERE ${where} AND ($6::int IS NULL OR score < $6::int OR (score = $6::int AND risk_id > $7::text))
         ORDER BY score DESC, risk_id LIMIT $8`,
        [...parameters, score, riskId, size + 1],
      ),
      this.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM risks WHERE ${where}`, parameters),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, scoreCursor, (row) => row);
  }

  /** Open risks whose review date is before `today` (Beijing), longest overdue first (MOD-49). */
  async overdueReviews(tenantId: string, today: string, first?: number, after?: string): Promise<Connection<RiskRecord>> {
    const size = pageSize(first);
    const [reviewDue, riskId] = after ? decodeCursor(after, ['key', 'uuid']) : [null, null];
    const where = `tenant_id = $1 AND status = 'open' AND review_due < $2::date`;
    const [{ rows }, total] = await Promise.all([
      this.pool.query<RiskRecord>(
        `SELECT ${columns} FROM risks WHERE ${where} AND ($3::date IS NULL OR (review_due, risk_id) > ($3::date, $4::text))
         ORDER BY review_due, risk_id LIMIT $5`,
        [tenantId, today, reviewDue, riskId, size + 1],
      ),
      this.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM risks WHERE ${where}`, [tenantId, today]),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, dueCursor, (row) => row);
  }
}
