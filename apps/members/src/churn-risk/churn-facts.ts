import type { PoolClient } from 'pg';
import type { ChurnFacts } from './churn-risk-score';

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (at: Date, daysBack = 0) => new Date(at.getTime() - daysBack * dayMs).toISOString().slice(0, 10);

/**
 * The churn model's facts at `at`, from the daily activity read model (recency, active days,
 * purchases in the community) and the points ledger (redemptions anywhere in the tenant).
 */
export async function churnFacts(client: PoolClient, tenantId: string, communityId: string, memberId: string, joinedAt: Date, at: Date): Promise<ChurnFacts> {
  const { rows } = await client.query<{ active_days: string; purchases: string; last_active: Date | null }>(
    `SELECT count(DISTINCT day) FILTER (WHERE day >= $4::date) AS active_days,
            coalesce(sum(count) FILTER (WHERE day >= $5::date AND kind = 'purchase'), 0) AS purchases,
            max(last_at) FILTER (WHERE last_at <= $6) AS last_active
     FROM member_activity_daily
     WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3 AND day <= $7::date`,
    [tenantId, communityId, memberId, isoDay(at, 30), isoDay(at, 90), at, isoDay(at)],
  );
  const redeemed = await client.query<{ redemptions: string }>(
    `SELECT count(*) AS redemptions FROM points_ledger
     WHERE tenant_id = $1 AND member_id = $2 AND event_type = 'groundswell.members.PointsRedeemed.v1' AND occurred_at > $3 AND occurred_at <= $4`,
    [tenantId, memberId, new Date(at.getTime() - 90 * dayMs), at],
  );
  const row = rows[0]!;
  const lastActive = row.last_active ?? joinedAt;
  return {
    daysSinceLastActive: Math.max(0, Math.floor((at.getTime() - lastActive.getTime()) / dayMs)),
    activeDaysLast30: Math.min(30, Number(row.active_days)),
    purchasesLast90: Number(row.purchases) + Number(redeemed.rows[0]!.redemptions),
  };
}
