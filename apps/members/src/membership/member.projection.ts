import { defineProjection, type ProjectedEvent, type ProjectionHandlers } from '@groundswell/event-store';
import { MemberAbsorbedV1, MemberConsentGrantedV1, MemberConsentRevokedV1, MemberErasedV1, MemberIdentityLinkedV1, MemberIdentityVerifiedV1, MemberJoinedV1, MemberJoinedV2, MemberLeftV1, MemberLifecycleStageChangedV1, MemberMergedIntoV1, MemberMergeRevertedV1, MemberProfileUpdatedV1, MemberRegisteredV1, MemberReinstatedV1, MemberUnmergedV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { DomainEventOf } from '../shared/domain-event';
import { memberProjectionBatches } from './member-projection-batches';

type MemberEvent = DomainEventOf<
  | typeof MemberMergedIntoV1
  | typeof MemberLifecycleStageChangedV1
  | typeof MemberAbsorbedV1
  | typeof MemberUnmergedV1
  | typeof MemberMergeRevertedV1
  | typeof MemberRegisteredV1
  | typeof MemberProfileUpdatedV1
  | typeof MemberIdentityLinkedV1
  | typeof MemberIdentityVerifiedV1
  | typeof MemberJoinedV1
  | typeof MemberJoinedV2
  | typeof MemberLeftV1
  | typeof MemberReinstatedV1
  | typeof MemberConsentGrantedV1
  | typeof MemberConsentRevokedV1
  | typeof MemberErasedV1
>;

const membershipStatus: Record<string, string> = {
  left: 'left',
  platform_account_closed: 'left',
  removed_by_operator: 'removed',
  banned: 'banned',
};

async function joined(client: PoolClient, event: ProjectedEvent<MemberEvent, typeof MemberJoinedV1.type | typeof MemberJoinedV2.type>) {
  const { data } = event;
  const channel = 'acquisition' in data ? data.acquisition.channel : data.channel;
  await client.query(
    `INSERT INTO memberships (tenant_id, community_id, member_id, status, channel, joined_at)
     VALUES ($1, $2, $3, 'active', $4, $5)
     ON CONFLICT (tenant_id, community_id, member_id)
     DO UPDATE SET status = 'active', channel = EXCLUDED.channel, joined_at = EXCLUDED.joined_at, left_at = NULL`,
    [event.tenantId, data.communityId, data.memberId, channel, event.occurredAt],
  );
  await client.query('UPDATE communities SET member_count = member_count + 1 WHERE tenant_id = $1 AND community_id = $2', [event.tenantId, data.communityId]);
}

interface MovedFacts {
  memberships: ReadonlyArray<{ communityId: string }>;
  identities: ReadonlyArray<{ identityId: string }>;
}

/** Moves memberships and identities between the two members of a merge (and back on unmerge). */
async function moveFacts(client: PoolClient, tenantId: string, from: string, to: string, facts: MovedFacts) {
  const communityIds = facts.memberships.map((membership) => membership.communityId);
  const identityIds = facts.identities.map((identity) => identity.identityId);
  await client.query('UPDATE memberships SET member_id = $3 WHERE tenant_id = $1 AND member_id = $2 AND community_id = ANY($4::uuid[])', [tenantId, from, to, communityIds]);
  for (const table of ['member_identities', 'member_identity_index']) {
    await client.query(`UPDATE ${table} SET member_id = $3 WHERE tenant_id = $1 AND member_id = $2 AND identity_id = ANY($4::uuid[])`, [tenantId, from, to, identityIds]);
  }
}

const setStatus = (status: string) => (client: PoolClient, event: { tenantId: string; data: { memberId: string } }) =>
  client.query('UPDATE members SET status = $3 WHERE tenant_id = $1 AND member_id = $2', [event.tenantId, event.data.memberId, status]);

function consent(client: PoolClient, tenantId: string, data: { memberId: string; purpose: string; decidedAt: unknown; policyVersion: string }, granted: boolean) {
  return client.query(
    `INSERT INTO member_consents (tenant_id, member_id, purpose, granted, decided_at, policy_version) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, member_id, purpose) DO UPDATE SET granted = EXCLUDED.granted, decided_at = EXCLUDED.decided_at, policy_version = EXCLUDED.policy_version`,
    [tenantId, data.memberId, data.purpose, granted, data.decidedAt, data.policyVersion],
  );
}

const handlers = {
  [MemberMergedIntoV1.type]: setStatus('merged'),
  [MemberLifecycleStageChangedV1.type]: (client, { tenantId, data }) =>
    client.query('UPDATE memberships SET stage = $4 WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3', [tenantId, data.communityId, data.memberId, data.to]),
  [MemberAbsorbedV1.type]: (client, { tenantId, data }) => moveFacts(client, tenantId, data.absorbedMemberId, data.memberId, data),
  [MemberUnmergedV1.type]: (client, { tenantId, data }) => moveFacts(client, tenantId, data.memberId, data.absorbedMemberId, data),
  [MemberMergeRevertedV1.type]: setStatus('active'),
  [MemberRegisteredV1.type]: (client, { tenantId, data, occurredAt }) =>
    client.query(`INSERT INTO members (tenant_id, member_id, key_id, status, registered_at) VALUES ($1, $2, $3, 'active', $4)`, [tenantId, data.memberId, data.keyId, occurredAt]),
  [MemberProfileUpdatedV1.type]: async (client, { tenantId, data }) => {
    const changes: Record<string, unknown> = data.changes ?? {};
    if ('displayName' in changes) {
      await client.query('UPDATE members SET display_name = $3 WHERE tenant_id = $1 AND member_id = $2', [tenantId, data.memberId, changes.displayName]);
    }
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null));
    const cleared = Object.keys(changes).filter((field) => changes[field] === null);
    // Each field stays encrypted under the member's key: the read model holds ciphertexts only.
    await client.query('UPDATE members SET profile = (profile - $4::text[]) || $3::jsonb WHERE tenant_id = $1 AND member_id = $2', [tenantId, data.memberId, set, cleared]);
  },
  [MemberIdentityLinkedV1.type]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO member_identities (tenant_id, identity_id, member_id, kind, scope, value, verified, sealed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $3)
       ON CONFLICT (tenant_id, identity_id) DO UPDATE SET member_id = EXCLUDED.member_id`,
      [tenantId, data.identity.identityId, data.memberId, data.identity.kind, data.identity.scope ?? null, data.identity.value, Boolean(data.identity.verification)],
    ),
  [MemberIdentityVerifiedV1.type]: (client, { tenantId, data }) =>
    client.query('UPDATE member_identities SET verified = true WHERE tenant_id = $1 AND identity_id = $2', [tenantId, data.identityId]),
  [MemberJoinedV1.type]: joined,
  [MemberJoinedV2.type]: joined,
  [MemberLeftV1.type]: async (client, { tenantId, data, occurredAt }) => {
    await client.query(`UPDATE memberships SET status = $4, left_at = $5 WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3`, [
      tenantId,
      data.communityId,
      data.memberId,
      membershipStatus[data.reason] ?? 'left',
      occurredAt,
    ]);
    await client.query('UPDATE communities SET member_count = member_count - 1 WHERE tenant_id = $1 AND community_id = $2', [tenantId, data.communityId]);
  },
  [MemberReinstatedV1.type]: async (client, { tenantId, data }) => {
    await client.query(`UPDATE memberships SET status = 'active', left_at = NULL WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3`, [tenantId, data.communityId, data.memberId]);
    await client.query('UPDATE communities SET member_count = member_count + 1 WHERE tenant_id = $1 AND community_id = $2', [tenantId, data.communityId]);
  },
  [MemberConsentGrantedV1.type]: (client, { tenantId, data }) => consent(client, tenantId, data, true),
  [MemberConsentRevokedV1.type]: (client, { tenantId, data }) => consent(client, tenantId, data, false),
  // Personal data goes; the member row and memberships stay so every count still includes them.
  [MemberErasedV1.type]: async (client, { tenantId, data }) => {
    const key = [tenantId, data.memberId];
    await client.query(`UPDATE members SET status = 'erased', display_name = NULL, profile = '{}'::jsonb WHERE tenant_id = $1 AND member_id = $2`, key);
    // Identities this member brought to a survivor by a merge were sealed with its key: they go too.
    await client.query(
      `DELETE FROM member_identity_index WHERE tenant_id = $1
         AND identity_id IN (SELECT identity_id FROM member_identities WHERE tenant_id = $1 AND sealed_by = $2)`,
      key,
    );
    await client.query('DELETE FROM member_identities WHERE tenant_id = $1 AND (member_id = $2 OR sealed_by = $2)', key);
    await client.query('DELETE FROM member_identity_index WHERE tenant_id = $1 AND member_id = $2', key);
    await client.query('DELETE FROM member_consents WHERE tenant_id = $1 AND member_id = $2', key);
  },
} satisfies ProjectionHandlers<MemberEvent>;

/** `members`, `memberships`, `member_identities`, `member_consents` (and community member counts); set-based for bulk imports. */
export const memberProjection = defineProjection<MemberEvent>('members', handlers, memberProjectionBatches(handlers));
