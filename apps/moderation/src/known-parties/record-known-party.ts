import { CommunityCreatedV1, createEventRegistry, MemberJoinedV2, type EventEnvelope } from '@groundswell/events';
import type { BatchEventHandler } from '@groundswell/messaging';
import type { PoolClient } from 'pg';

const registry = createEventRegistry();

interface Parties {
  communities: Array<[tenantId: string, communityId: string]>;
  members: Array<[tenantId: string, memberId: string]>;
}

/** Records a community or a member the members service announced; other events change nothing. */
export async function recordKnownParty(client: PoolClient, envelope: EventEnvelope): Promise<void> {
  await insertParties(client, partiesIn([envelope]));
}

/** The same for a consumer's batch, with one multi-row insert per table. */
export const recordKnownParties: BatchEventHandler = async (client, events) => {
  await insertParties(client, partiesIn(events.map(({ envelope }) => envelope)));
};

function partiesIn(envelopes: readonly EventEnvelope[]): Parties {
  const parties: Parties = { communities: [], members: [] };
  for (const envelope of envelopes) {
    if (!registry.find(envelope.type)) continue;
    const event = registry.decode(envelope);
    if (CommunityCreatedV1.is(event)) parties.communities.push([event.tenantid, event.data.communityId]);
    else if (MemberJoinedV2.is(event)) parties.members.push([event.tenantid, event.data.memberId]);
  }
  return parties;
}

async function insertParties(client: PoolClient, { communities, members }: Parties): Promise<void> {
  if (communities.length > 0) {
    await client.query('INSERT INTO known_communities (tenant_id, community_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
      communities.map(([tenantId]) => tenantId),
      communities.map(([, communityId]) => communityId),
    ]);
  }
  if (members.length > 0) {
    await client.query('INSERT INTO known_members (tenant_id, member_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
      members.map(([tenantId]) => tenantId),
      members.map(([, memberId]) => memberId),
    ]);
  }
}
