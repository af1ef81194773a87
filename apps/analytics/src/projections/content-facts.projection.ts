import type { EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { contentFactOf } from './content-facts';

/** Records the content fact of one decoded event in content_facts, in the caller's transaction; once per event id. */
export async function projectContentFacts(client: PoolClient, event: EventEnvelope): Promise<void> {
  const scoped = contentFactOf(event);
  if (!scoped) return;
  await client.query(
    `INSERT INTO content_facts (event_id, tenant_id, item_id, community_id, kind, occurred_at, recorded_at, fact)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
    [event.id, event.tenantid, scoped.itemId, scoped.communityId, scoped.fact.kind, event.time, event.recordedtime, JSON.stringify(scoped.fact)],
  );
}
