import { CommunityCreatedV1, createEventRegistry, MemberJoinedV2, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';

const registry = createEventRegistry();

/** Records a community or a member the members service announced; other events change nothing. */
export async function recordKnownParty(client: PoolClient, envelope: EventEnvelope): Promise<void> {
  if (!registry.find(envelope.type)) return;
  const event = registry.decode(envelope);
  if (CommunityCreatedV1.is(event)) {
    await client.query('INSERT INTO known_communities (tenant_id, community_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [event.tenantid, event.data.communityId]);
  } else if (MemberJoinedV2.is(event)) {
    await client.query('INSERT INTO known_members (tenant_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [event.tenantid, event.data.memberId]);
  }
}
