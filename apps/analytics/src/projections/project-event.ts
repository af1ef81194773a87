import { CommunityCreatedV1, MemberActivityRecordedV1, MemberJoinedV2, MemberLeftV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { projectCampaignFacts } from './campaign-facts.projection';
import { projectContentFacts } from './content-facts.projection';
import { projectMemberFacts } from './member-facts.projection';
import { projectModerationFacts } from './moderation-facts.projection';
import { isQualifyingActivity } from './qualifying-activity';

/** Updates the incremental KPI projections for one decoded (newest-version) event, in the caller's transaction. */
export async function projectEvent(client: PoolClient, event: EventEnvelope): Promise<void> {
  if (CommunityCreatedV1.is(event)) {
    await rememberCommunity(client, event.tenantid, event.data.communityId, event.data.platform);
  } else if (MemberJoinedV2.is(event)) {
    await rememberCommunity(client, event.tenantid, event.data.communityId, event.data.platform);
    await addMembershipChange(client, event, event.data.communityId, 'joined');
  } else if (MemberLeftV1.is(event)) {
    await rememberCommunity(client, event.tenantid, event.data.communityId, event.data.platform);
    await addMembershipChange(client, event, event.data.communityId, 'departed');
  } else if (MemberActivityRecordedV1.is(event) && isQualifyingActivity(event.data.kind)) {
    await client.query(
      `INSERT INTO daily_active_members (tenant_id, community_id, day, member_id, first_recorded_at)
       VALUES ($1, $2, ($3::timestamptz AT TIME ZONE 'UTC')::date, $4, $5)
       ON CONFLICT (tenant_id, community_id, day, member_id)
       DO UPDATE SET first_recorded_at = LEAST(daily_active_members.first_recorded_at, EXCLUDED.first_recorded_at)`,
      [event.tenantid, event.data.communityId, event.time, event.data.memberId, event.recordedtime],
    );
  }
  await projectMemberFacts(client, event);
  await projectModerationFacts(client, event);
  await projectCampaignFacts(client, event);
  await projectContentFacts(client, event);
}

async function rememberCommunity(client: PoolClient, tenantId: string, communityId: string, platform: string): Promise<void> {
  await client.query(
    `INSERT INTO analytics_communities (tenant_id, community_id, platform) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, community_id) DO NOTHING`,
    [tenantId, communityId, platform],
  );
}

async function addMembershipChange(
  client: PoolClient,
  event: EventEnvelope,
  communityId: string,
  change: 'joined' | 'departed',
): Promise<void> {
  await client.query(
    `INSERT INTO membership_daily (tenant_id, community_id, day, recorded_at, ${change})
     VALUES ($1, $2, ($3::timestamptz AT TIME ZONE 'UTC')::date, $4, 1)
     ON CONFLICT (tenant_id, community_id, day, recorded_at)
     DO UPDATE SET ${change} = membership_daily.${change} + 1`,
    [event.tenantid, communityId, event.time, event.recordedtime],
  );
}
