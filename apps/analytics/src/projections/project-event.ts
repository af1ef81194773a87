import { CommunityCreatedV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { projectCampaignFacts } from './campaign-facts.projection';
import { projectContentFacts } from './content-facts.projection';
import { isCounted, projectCountedRun, type CountedEvent } from './counted-run.projection';
import { projectMemberFacts } from './member-facts.projection';
import { projectModerationFacts } from './moderation-facts.projection';

/**
 * Updates the incremental KPI projections for decoded (newest-version) events, in the caller's
 * transaction and in delivery order. Runs of activity, joins and departures are projected set-based;
 * any other event on its own, between runs.
 */
export async function projectEvents(client: PoolClient, events: readonly EventEnvelope[]): Promise<void> {
  let run: CountedEvent[] = [];
  for (const event of events) {
    if (isCounted(event)) {
      run.push(event);
    } else {
      if (run.length > 0) await projectCountedRun(client, run);
      run = [];
      await projectUncounted(client, event);
    }
    // Kept once per event id, whatever the order: a join's acquisition campaign, a moderation case.
    await projectModerationFacts(client, event);
    await projectCampaignFacts(client, event);
    await projectContentFacts(client, event);
  }
  if (run.length > 0) await projectCountedRun(client, run);
}

async function projectUncounted(client: PoolClient, event: EventEnvelope): Promise<void> {
  if (CommunityCreatedV1.is(event)) {
    await client.query(
      `INSERT INTO analytics_communities (tenant_id, community_id, platform) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, community_id) DO NOTHING`,
      [event.tenantid, event.data.communityId, event.data.platform],
    );
  }
  await projectMemberFacts(client, event);
}
