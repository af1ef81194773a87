import type { PoolClient } from 'pg';
import type { ActivitySummary } from './lifecycle-rule-set';
import { ACTIVITY_WINDOW_DAYS } from './default-lifecycle-rules';

// Posting and commenting make a member a contributor; the rest is interaction.
const contributionKinds = ['message_posted', 'comment'];
const interactionKinds = ['message_posted', 'comment', 'reaction', 'check_in', 'live_attendance', 'share', 'purchase'];
const dayMs = 24 * 60 * 60 * 1000;

/**
 * What the member did in the community over the activity window ending at `at`, from the daily
 * activity read model: the window holds the UTC days from `at` minus the window up to `at`'s day.
 */
export async function activitySummary(client: PoolClient, tenantId: string, communityId: string, memberId: string, joinedAt: Date, at: Date): Promise<ActivitySummary> {
  const since = new Date(at.getTime() - ACTIVITY_WINDOW_DAYS * dayMs);
  const { rows } = await client.query<{ active_days: string; interactions: string; contributions: string; last_active: Date | null }>(
    `SELECT count(DISTINCT day) FILTER (WHERE day >= $4::date) AS active_days,
            coalesce(sum(count) FILTER (WHERE day >= $4::date AND kind = ANY($6)), 0) AS interactions,
            coalesce(sum(count) FILTER (WHERE day >= $4::date AND kind = ANY($7)), 0) AS contributions,
            max(last_at) FILTER (WHERE last_at <= $5) AS last_active
     FROM member_activity_daily
     WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3 AND day <= $8::date`,
    [tenantId, communityId, memberId, since.toISOString().slice(0, 10), at.toISOString(), interactionKinds, contributionKinds, at.toISOString().slice(0, 10)],
  );
  const row = rows[0]!;
  const lastActive = row.last_active ?? joinedAt;
  return {
    activeDays: Number(row.active_days),
    interactions: Number(row.interactions),
    contributions: Number(row.contributions),
    daysSinceLastActive: Math.max(0, Math.floor((at.getTime() - lastActive.getTime()) / dayMs)),
  };
}
