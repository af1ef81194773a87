import { loadAggregate } from '@groundswell/event-store';
import { RequestError } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { memberDecider } from '../../membership/member.decider';
import { memberStreams } from '../../shared/stream-ids';
import { type MemberState } from '../../membership/member.state';
import { tenantStream } from '../../shared/tenant-stream';
import { requireActiveMember } from '../../membership/member-guards';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids end up in uuid columns and uuid event fields: a malformed one is the caller's mistake, not a 500. */
export function requireUuid(value: string, field: string): string {
  if (!uuidPattern.test(value)) throw new RequestError('BAD_USER_INPUT', `${field} is not a valid id`, { field });
  return value;
}

/** The member's state, folded inside the caller's transaction; points belong only to members who can still change. */
export async function loadActiveMember(client: PoolClient, tenantId: string, memberId: string): Promise<MemberState> {
  requireUuid(memberId, 'memberId');
  const { state } = await loadAggregate(client, memberDecider, tenantStream(tenantId, memberStreams.member(memberId)));
  requireActiveMember(state);
  return state;
}

export function activeCommunityIds(member: MemberState): string[] {
  return Object.entries(member.memberships)
    .filter(([, membership]) => membership.status === 'active')
    .map(([communityId]) => communityId);
}
