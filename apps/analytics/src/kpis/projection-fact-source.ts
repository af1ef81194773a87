import type { Pool } from 'pg';
import type { Day } from './calendar';
import type { ActiveCounts, KpiFactSource, KpiScope, MembershipDelta, MembershipFacts } from './kpi-facts';

// $1 tenant, $2 community or null, $3 platform or null; `alias` is the projection table.
const scopeFilter = (alias: string) => `
  ${alias}.tenant_id = $1
  AND ($2::uuid IS NULL OR ${alias}.community_id = $2::uuid)
  AND ($3::text IS NULL OR ${alias}.community_id IN (
    SELECT community_id FROM analytics_communities WHERE tenant_id = $1 AND platform = $3::text))`;

const scopeParams = (scope: KpiScope) => [scope.tenantId, scope.communityId ?? null, scope.platform ?? null];

/** KPI facts read from the incremental projections, filtered to what was recorded by `asOf`. */
export class ProjectionFactSource implements KpiFactSource {
  constructor(private readonly pool: Pool) {}

  async membership(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<MembershipFacts> {
    const { rows } = await this.pool.query<{ day: Day | null; joined: number; departed: number }>(
      `SELECT CASE WHEN m.day < $5::date THEN NULL ELSE to_char(m.day, 'YYYY-MM-DD') END AS day,
              sum(m.joined)::int AS joined, sum(m.departed)::int AS departed
         FROM membership_daily m
        WHERE ${scopeFilter('m')} AND m.recorded_at <= $4 AND m.day <= $6::date
        GROUP BY 1`,
      [...scopeParams(scope), asOf, from, to],
    );
    const byDay = new Map<Day, MembershipDelta>();
    let opening = 0;
    for (const row of rows) {
      if (row.day === null) opening = row.joined - row.departed;
      else byDay.set(row.day, { joined: row.joined, departed: row.departed });
    }
    return { opening, byDay };
  }

  async activeMembers(scope: KpiScope, endDays: readonly Day[], windowDays: number, asOf: Date): Promise<ReadonlyMap<Day, ActiveCounts>> {
    const { rows } = await this.pool.query<{ end_day: Day; members: number; member_days: number }>(
      `SELECT to_char(p.end_day, 'YYYY-MM-DD') AS end_day,
              count(DISTINCT d.member_id)::int AS members,
              count(DISTINCT d.day::text || ':' || d.member_id::text)::int AS member_days
         FROM unnest($4::date[]) AS p(end_day)
         LEFT JOIN daily_active_members d
           ON ${scopeFilter('d')}
          AND d.day BETWEEN p.end_day - ($5::int - 1) AND p.end_day
          AND d.first_recorded_at <= $6
        GROUP BY p.end_day`,
      [...scopeParams(scope), endDays, windowDays, asOf],
    );
    return new Map(rows.map((row) => [row.end_day, { members: row.members, memberDays: row.member_days }]));
  }
}
