import { loadAggregate } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { communityDecider } from '../communities/community.decider';
import type { CommunityState } from '../communities/community.state';
import { memberDecider } from '../membership/member.decider';
import type { MemberEvent, MemberState } from '../membership/member.state';
import { memberStreams } from '../shared/stream-ids';
import { tenantStream } from '../shared/tenant-stream';

/** The communities an import names, each as its own stream says (a handful per import, read one by one). */
export async function loadCommunities(client: PoolClient, tenantId: string, communityIds: readonly string[]): Promise<Map<string, CommunityState>> {
  const communities = new Map<string, CommunityState>();
  for (const communityId of communityIds) {
    communities.set(communityId, (await loadAggregate(client, communityDecider, tenantStream(tenantId, memberStreams.community(communityId)))).state);
  }
  return communities;
}

/** Known members' streams in one read, each folded by the member decider, with the version an append expects. */
export async function loadMembers(client: PoolClient, tenantId: string, memberIds: readonly string[]): Promise<Map<string, { state: MemberState; version: number }>> {
  const members = new Map(memberIds.map((memberId) => [memberId, { state: memberDecider.initialState(), version: 0 }]));
  if (memberIds.length === 0) return members;
  const { rows } = await client.query<{ stream_id: string; event_type: string; data: unknown }>(
    `SELECT stream_id, event_type, data FROM events WHERE tenant_id = $1 AND stream_id = ANY($2::text[]) ORDER BY stream_id, stream_version`,
    [tenantId, memberIds.map((memberId) => memberStreams.member(memberId).streamId)],
  );
  const byStream = new Map(memberIds.map((memberId) => [memberStreams.member(memberId).streamId, members.get(memberId)!]));
  for (const row of rows) {
    const member = byStream.get(row.stream_id)!;
    member.state = memberDecider.evolve(member.state, { type: row.event_type, data: row.data } as MemberEvent);
    member.version += 1;
  }
  return members;
}
