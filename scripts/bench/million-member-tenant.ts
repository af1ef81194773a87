import type { Pool } from 'pg';
import { dropIndexes } from '../../apps/analytics/src/rebuild/testing/drop-indexes';

export interface MillionMemberTenant {
  tenantId: string;
  communityIds: string[];
  /** The 90th day: the last one with activity. */
  lastDay: string;
  activeRows: number;
}

// How often member m is active, by m % 20: every 5th, 7th, 15th, 30th or 90th day, or never. About
// 3 active days per member over 90 days, and half of a community active in any 30 days.
const activityPeriods = [5, 7, 15, 15, 30, 30, 30, 30, 90, 90, 90, 90, 90, 90, 0, 0, 0, 0, 0, 0];
const chunk = 250_000;

/**
 * Issue 15's large tenant, written set-based straight into analytics' read models (benchmarks
 * only; it bypasses the log and the projections): 1,000,000 members in 20 communities of 50,000,
 * each active on a fixed rhythm over 90 days, in `daily_active_members` as the projection keeps it
 * (one row per member and day, first recorded at noon of that day).
 */
export async function seedMillionMemberTenant(pool: Pool, tenantId: string, members = 1_000_000, communities = 20, firstDay = '2025-01-01', days = 90): Promise<MillionMemberTenant> {
  const perCommunity = members / communities;
  await pool.query(
    `INSERT INTO analytics_communities (tenant_id, community_id, platform)
     SELECT $1, md5($1 || ':c:' || c)::uuid, 'wecom' FROM generate_series(0, $2::int - 1) AS c`,
    [tenantId, communities],
  );
  const restoreIndexes = await dropIndexes(pool, 'daily_active_members');
  try {
    for (let from = 0; from < members; from += chunk) {
      await pool.query(
        `INSERT INTO daily_active_members (tenant_id, community_id, day, member_id, first_recorded_at)
         SELECT $1, md5($1 || ':c:' || (m / $2::int))::uuid, $3::date + d, md5($1 || ':m:' || m)::uuid,
                ($3::date + d)::timestamp AT TIME ZONE 'UTC' + interval '12 hours'
           FROM generate_series($4::int, $5::int - 1) AS m,
                LATERAL (SELECT ($6::int[])[m % array_length($6::int[], 1) + 1] AS period) AS p,
                LATERAL generate_series(CASE WHEN p.period = 0 THEN 1 ELSE (p.period - m % greatest(p.period, 1)) % greatest(p.period, 1) END,
                                        CASE WHEN p.period = 0 THEN 0 ELSE $7::int - 1 END, greatest(p.period, 1)) AS d`,
        [tenantId, perCommunity, firstDay, from, Math.min(members, from + chunk), activityPeriods, days],
      );
    }
  } finally {
    await restoreIndexes();
  }
  // A table this size has been vacuumed by the time anyone asks it a question.
  await pool.query('VACUUM ANALYZE daily_active_members');
  const { rows } = await pool.query<{ rows: number }>('SELECT count(*)::int AS rows FROM daily_active_members WHERE tenant_id = $1', [tenantId]);
  const { rows: ids } = await pool.query<{ community_id: string }>(
    `SELECT md5($1 || ':c:' || c)::uuid AS community_id FROM generate_series(0, $2::int - 1) AS c ORDER BY c`,
    [tenantId, communities],
  );
  const lastDay = new Date(Date.parse(`${firstDay}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { tenantId, communityIds: ids.map((row) => row.community_id), lastDay, activeRows: rows[0]!.rows };
}
