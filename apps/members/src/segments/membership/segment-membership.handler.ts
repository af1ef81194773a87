import { MemberActivityRecordedV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { PersonalDataVault } from '../../shared/privacy/personal-data-vault';
import { loadMembersConfig } from '../../shared/members-config';
import { trackProfileFacets } from './profile-facets';
import { reevaluateMember } from './reevaluate-member';
import { lockTenantSegments } from './segment-match';

/** Every member an event is about: merges and unmerges change two. */
function membersOf(event: EventEnvelope): string[] {
  const data = (event.data ?? {}) as { memberId?: unknown; absorbedMemberId?: unknown };
  return [data.memberId, data.absorbedMemberId].filter((id): id is string => typeof id === 'string');
}

async function trackActivity(client: PoolClient, event: EventEnvelope): Promise<void> {
  if (event.type !== MemberActivityRecordedV1.type) return;
  const { memberId, communityId } = event.data as { memberId: string; communityId: string };
  await client.query(
    `INSERT INTO member_last_activity (tenant_id, community_id, member_id, last_active_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id, community_id, member_id) DO UPDATE SET last_active_at = GREATEST(member_last_activity.last_active_at, EXCLUDED.last_active_at)`,
    [event.tenantid, communityId, memberId, event.time],
  );
}

let vault: PersonalDataVault | undefined;
const profileVault = () => (vault ??= new PersonalDataVault(loadMembersConfig().keyEncryptionKey));

/**
 * Keeps segment membership current: any member, points, member-tags or activity event re-evaluates
 * the members it is about against every segment of the tenant.
 */
export async function segmentMembershipHandler(client: PoolClient, event: EventEnvelope): Promise<void> {
  const memberIds = membersOf(event);
  if (!memberIds.length) return;
  await lockTenantSegments(client, event.tenantid, 'shared');
  await trackActivity(client, event);
  await trackProfileFacets(client, event, profileVault());
  for (const memberId of memberIds) await reevaluateMember(client, event.tenantid, memberId, event.id);
}
