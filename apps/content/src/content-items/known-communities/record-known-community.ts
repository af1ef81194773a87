import { CommunityCreatedV1, createEventRegistry, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';

const registry = createEventRegistry();

/**
 * Remembers a community the members service announced, so an item targets only communities that
 * exist (the gateway resolves them from members; an unknown id would have nothing to resolve).
 */
export async function recordKnownCommunity(client: PoolClient, envelope: EventEnvelope): Promise<void> {
  if (envelope.type !== CommunityCreatedV1.type) return;
  const event = registry.decode(envelope);
  if (!CommunityCreatedV1.is(event)) return;
  await client.query('INSERT INTO content_known_communities (tenant_id, community_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [event.tenantid, event.data.communityId]);
}
