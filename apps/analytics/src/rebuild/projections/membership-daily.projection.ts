import { MemberJoinedV2, MemberLeftV1 } from '@groundswell/events';
import type { AnalyticsProjection } from '../analytics-projection';

/** membership_daily: joins and departures per community, UTC day of occurrence and recorded instant. */
export const membershipDailyProjection: AnalyticsProjection = {
  name: 'membership',
  tables: ['membership_daily'],
  async replay(client, window) {
    const { rows } = await client.query<{ events: number }>(
      `WITH buckets AS (
         SELECT tenant_id, (data->>'communityId')::uuid AS community_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, recorded_at,
                count(*) FILTER (WHERE type = $3)::int AS joined, count(*) FILTER (WHERE type = $4)::int AS departed
           FROM analytics_events
          WHERE ingest_seq > $1 AND ingest_seq <= $2 AND type IN ($3, $4)
          GROUP BY 1, 2, 3, 4
       ), upserted AS (
         INSERT INTO membership_daily (tenant_id, community_id, day, recorded_at, joined, departed)
         SELECT tenant_id, community_id, day, recorded_at, joined, departed FROM buckets
         ON CONFLICT (tenant_id, community_id, day, recorded_at) DO UPDATE
           SET joined = membership_daily.joined + EXCLUDED.joined, departed = membership_daily.departed + EXCLUDED.departed
       )
       SELECT coalesce(sum(joined + departed), 0)::int AS events FROM buckets`,
      [window.afterSeq, window.upToSeq, MemberJoinedV2.type, MemberLeftV1.type],
    );
    return rows[0]!.events;
  },
};
