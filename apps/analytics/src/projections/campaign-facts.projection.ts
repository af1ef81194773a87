import type { EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { campaignFactOf } from './campaign-facts';

/** Records the campaign fact of one decoded event in campaign_facts, in the caller's transaction; once per event id. */
export async function projectCampaignFacts(client: PoolClient, event: EventEnvelope): Promise<void> {
  const scoped = campaignFactOf(event);
  if (!scoped) return;
  await client.query(
    `INSERT INTO campaign_facts (event_id, tenant_id, campaign_id, kind, occurred_at, recorded_at, fact)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
    [event.id, event.tenantid, scoped.campaignId, scoped.fact.kind, event.time, event.recordedtime, JSON.stringify(scoped.fact)],
  );
}
