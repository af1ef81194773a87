import { MemberActivityRecordedV1, MemberJoinedV2, MemberLeftV1 } from '@groundswell/events';
import type { AnalyticsProjection } from '../rebuild/analytics-projection';
import { replayEachEvent } from '../rebuild/replay-each-event';
import type { MemberFact } from './member-facts';
import { projectMemberFacts } from './member-facts.projection';
import { qualifyingActivityKinds } from './qualifying-activity';

/** daily_visitors and interaction_hourly, set-based: activity is most of the log. */
export const memberActivityFactsProjection: AnalyticsProjection = {
  name: 'member-activity-facts',
  tables: ['daily_visitors', 'interaction_hourly'],
  async replay(client, window) {
    const { rows } = await client.query<{ events: number }>(
      `WITH activity AS (
         SELECT tenant_id, (data->>'communityId')::uuid AS community_id, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                extract(hour FROM occurred_at AT TIME ZONE 'UTC')::smallint AS hour, (data->>'memberId')::uuid AS member_id,
                recorded_at, data->>'kind' = ANY($4::text[]) AS qualifying
           FROM analytics_events
          WHERE ingest_seq > $1 AND ingest_seq <= $2 AND type = $3
       ), visitors AS (
         INSERT INTO daily_visitors (tenant_id, community_id, day, member_id, first_recorded_at)
         SELECT tenant_id, community_id, day, member_id, min(recorded_at) FROM activity GROUP BY 1, 2, 3, 4
         ON CONFLICT (tenant_id, community_id, day, member_id)
         DO UPDATE SET first_recorded_at = LEAST(daily_visitors.first_recorded_at, EXCLUDED.first_recorded_at)
       ), interactions AS (
         INSERT INTO interaction_hourly (tenant_id, community_id, day, hour, recorded_at, interactions)
         SELECT tenant_id, community_id, day, hour, recorded_at, count(*)::int FROM activity WHERE qualifying GROUP BY 1, 2, 3, 4, 5
         ON CONFLICT (tenant_id, community_id, day, hour, recorded_at)
         DO UPDATE SET interactions = interaction_hourly.interactions + EXCLUDED.interactions
       )
       SELECT count(*)::int AS events FROM activity`,
      [window.afterSeq, window.upToSeq, MemberActivityRecordedV1.type, [...qualifyingActivityKinds]],
    );
    return rows[0]!.events;
  },
};

/** member_membership_changes, set-based: one row per join or departure. */
export const memberMembershipChangesProjection: AnalyticsProjection = {
  name: 'member-membership-changes',
  tables: ['member_membership_changes'],
  async replay(client, window) {
    const { rows } = await client.query<{ events: number }>(
      `WITH changes AS (
         SELECT event_id, tenant_id, (data->>'communityId')::uuid AS community_id, (data->>'memberId')::uuid AS member_id,
                (occurred_at AT TIME ZONE 'UTC')::date AS day, recorded_at, CASE WHEN type = $3 THEN 1 ELSE -1 END::smallint AS delta
           FROM analytics_events
          WHERE ingest_seq > $1 AND ingest_seq <= $2 AND type IN ($3, $4)
       ), inserted AS (
         INSERT INTO member_membership_changes (event_id, tenant_id, community_id, member_id, day, recorded_at, delta)
         SELECT * FROM changes ON CONFLICT (event_id) DO NOTHING
       )
       SELECT count(*)::int AS events FROM changes`,
      [window.afterSeq, window.upToSeq, MemberJoinedV2.type, MemberLeftV1.type],
    );
    return rows[0]!.events;
  },
};

const programmeKinds: ReadonlySet<MemberFact['kind']> = new Set(['merge', 'churnRisk', 'lifecycle', 'points', 'communityStatus']);

/** Merges, churn risk, lifecycle stages, points and community statuses: few events, replayed through the ingest code itself. */
export const memberProgrammeFactsProjection: AnalyticsProjection = {
  name: 'member-programme-facts',
  tables: ['member_merges', 'churn_risk_changes', 'lifecycle_stage_changes', 'points_daily', 'community_status_changes'],
  replay: replayEachEvent((client, event) => projectMemberFacts(client, event, programmeKinds)),
};

/** The member-fact projections, to be listed in rebuild/rebuildable-projections.ts. */
export const memberFactProjections: readonly AnalyticsProjection[] = [memberActivityFactsProjection, memberMembershipChangesProjection, memberProgrammeFactsProjection];
