import { CommunityCreatedV1, MemberJoinedV2, MemberLeftV1 } from '@groundswell/events';
import type { AnalyticsProjection } from '../analytics-projection';

/** analytics_communities: the platform of each community, from the first event that named it (as project-event.ts does). */
export const communitiesProjection: AnalyticsProjection = {
  name: 'communities',
  tables: ['analytics_communities'],
  async replay(client, window) {
    const { rows } = await client.query<{ events: number }>(
      `WITH window_events AS (
         SELECT tenant_id, (data->>'communityId')::uuid AS community_id, data->>'platform' AS platform, ingest_seq
           FROM analytics_events
          WHERE ingest_seq > $1 AND ingest_seq <= $2 AND type = ANY($3::text[])
       ), inserted AS (
         INSERT INTO analytics_communities (tenant_id, community_id, platform)
         SELECT DISTINCT ON (tenant_id, community_id) tenant_id, community_id, platform
           FROM window_events ORDER BY tenant_id, community_id, ingest_seq
         ON CONFLICT (tenant_id, community_id) DO NOTHING
       )
       SELECT count(*)::int AS events FROM window_events`,
      [window.afterSeq, window.upToSeq, [CommunityCreatedV1.type, MemberJoinedV2.type, MemberLeftV1.type]],
    );
    return rows[0]!.events;
  },
};
