import { MemberActivityRecordedV1 } from '@groundswell/events';
import { qualifyingActivityKinds } from '../../projections/qualifying-activity';
import type { AnalyticsProjection } from '../analytics-projection';

/** daily_active_members: who had a qualifying activity on each UTC day, and when the first of it was recorded. */
export const dailyActiveMembersProjection: AnalyticsProjection = {
  name: 'active-members',
  tables: ['daily_active_members'],
  async replay(client, window) {
    const { rows } = await client.query<{ events: number }>(
      `WITH activity AS (
         SELECT tenant_id, (data->>'communityId')::uuid AS community_id, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                (data->>'memberId')::uuid AS member_id, min(recorded_at) AS first_recorded_at, count(*)::int AS events
           FROM analytics_events
          WHERE ingest_seq > $1 AND ingest_seq <= $2 AND type = $3 AND data->>'kind' = ANY($4::text[])
          GROUP BY 1, 2, 3, 4
       ), upserted AS (
         INSERT INTO daily_active_members (tenant_id, community_id, day, member_id, first_recorded_at)
         SELECT tenant_id, community_id, day, member_id, first_recorded_at FROM activity
         ON CONFLICT (tenant_id, community_id, day, member_id)
         DO UPDATE SET first_recorded_at = LEAST(daily_active_members.first_recorded_at, EXCLUDED.first_recorded_at)
       )
       SELECT coalesce(sum(events), 0)::int AS events FROM activity`,
      [window.afterSeq, window.upToSeq, MemberActivityRecordedV1.type, [...qualifyingActivityKinds]],
    );
    return rows[0]!.events;
  },
};
