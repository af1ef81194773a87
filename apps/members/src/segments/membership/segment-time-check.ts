import { runAsLeader, withTransaction } from '@groundswell/event-store';
import type { Pool } from 'pg';
import { reevaluateMember } from './reevaluate-member';
import { lockTenantSegments } from './segment-match';

export const segmentTimeCheckPass = 'segment-time-check';

/**
 * Members of "active within N days" segments whose last activity has fallen out of the window.
 * No event marks that moment, so this check finds them and re-evaluates each (same predicate as
 * the consumer), recording the move with the cause `activity_window_elapsed`.
 */
const overdueSql = `
  SELECT DISTINCT sm.tenant_id, sm.member_id FROM segment_members sm
  JOIN segments s ON s.tenant_id = sm.tenant_id AND s.segment_id = sm.segment_id
  WHERE s.archived_at IS NULL AND s.filter ? 'activeWithinDays'
    AND NOT EXISTS (
      SELECT 1 FROM member_last_activity a
      WHERE a.tenant_id = sm.tenant_id AND a.community_id = s.community_id AND a.member_id = sm.member_id
        AND a.last_active_at >= now() - make_interval(days => (s.filter->>'activeWithinDays')::int))
  LIMIT $1`;

/**
 * One round of the check, run by the one replica that holds the pass's advisory lock; undefined
 * when another replica leads this round. Returns how many segment exits it recorded.
 */
export function runSegmentTimeCheck(pool: Pool, batchSize = 1_000): Promise<number | undefined> {
  return runAsLeader(pool, segmentTimeCheckPass, () => checkSegmentTimeWindows(pool, batchSize));
}

/** One round of the check, for whoever already leads it. */
export async function checkSegmentTimeWindows(pool: Pool, batchSize = 1_000): Promise<number> {
  const { rows } = await pool.query<{ tenant_id: string; member_id: string }>(overdueSql, [batchSize]);
  let left = 0;
  for (const { tenant_id: tenantId, member_id: memberId } of rows) {
    left += await withTransaction(pool, async (client) => {
      await lockTenantSegments(client, tenantId, 'shared');
      return (await reevaluateMember(client, tenantId, memberId, null, 'activity_window_elapsed')).left.length;
    });
  }
  return left;
}
