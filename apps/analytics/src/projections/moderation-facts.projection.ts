import type { EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { moderationFactOf } from './moderation-facts';

/** Records the moderation fact of one decoded event in moderation_facts, in the caller's transaction; once per event id. */
export async function projectModerationFacts(client: PoolClient, event: EventEnvelope): Promise<void> {
  const scoped = moderationFactOf(event);
  if (!scoped) return;
  await client.query(
    `INSERT INTO moderation_facts (event_id, tenant_id, community_id, kind, occurred_at, recorded_at, fact)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
    [event.id, event.tenantid, scoped.communityId, scoped.fact.kind, event.time, event.recordedtime, JSON.stringify(scoped.fact)],
  );
}
