import type { PoolClient } from 'pg';
import type { ActivitySummary } from '../domain';
import { ACTIVITY_WINDOW_DAYS } from './default-lifecycle-rules';

// Posting and commenting make a member a contributor; the rest is interaction.
const contributionKinds = ['message_posted', 'comment'];
const interactionKinds = ['message_posted', 'comment', 'reaction', 'check_in', 'live_attendance', 'share', 'purchase'];
const dayMs = 24 * 60 * 60 * 1000;

/** What the member did in the community over the activity window ending at `at`, from the activity streams. */
export async function activitySummary(client: PoolClient, tenantId: string, communityId: string, memberId: string, joinedAt: Date, at: Date): Promise<ActivitySummary> {
  const since = new Date(at.getTime() - ACTIVITY_WINDOW_DAYS * dayMs);
  const { rows } = await client.query<{ active_days: string; interactions: string; contributions: string; last_active: Date | null }>(
    `SELECT count(DISTINCT date_trunc('day', occurred_at)) AS active_days,
            count(*) FILTER (WHERE data->>'kind' = ANY($6)) AS interactions,
            count(*) FILTER (WHERE data->>'kind' = ANY($7)) AS contributions,
            (SELECT max(occurred_at) FROM events
              WHERE tenant_id = $1 AND stream_type = 'activity' AND stream_id LIKE $2
                AND data->>'memberId' = $3 AND occurred_at <= $5) AS last_active
     FROM events
     WHERE tenant_id = $1 AND stream_type = 'activity' AND stream_id LIKE $2
       AND data->>'memberId' = $3 AND occurred_at > $4 AND occurred_at <= $5`,
    [tenantId, `activity-${communityId}-%`, memberId, since, at, interactionKinds, contributionKinds],
  );
  const row = rows[0];
  const lastActive = row.last_active ?? joinedAt;
  return {
    activeDays: Number(row.active_days),
    interactions: Number(row.interactions),
    contributions: Number(row.contributions),
    daysSinceLastActive: Math.max(0, Math.floor((at.getTime() - lastActive.getTime()) / dayMs)),
  };
}
