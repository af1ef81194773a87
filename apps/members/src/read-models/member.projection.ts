import type { InlineProjection, StoredEvent } from '@groundswell/event-store';
import type { PoolClient } from 'pg';

type Handler = (client: PoolClient, event: StoredEvent, data: Record<string, any>) => Promise<unknown>;

const membershipStatus: Record<string, string> = {
  left: 'left',
  platform_account_closed: 'left',
  removed_by_operator: 'removed',
  banned: 'banned',
};

const joined: Handler = async (client, event, data) => {
  await client.query(
    `INSERT INTO memberships (tenant_id, community_id, member_id, status, channel, joined_at)
     VALUES ($1, $2, $3, 'active', $4, $5)
     ON CONFLICT (tenant_id, community_id, member_id)
     DO UPDATE SET status = 'active', channel = EXCLUDED.channel, joined_at = EXCLUDED.joined_at, left_at = NULL`,
    [event.tenantId, data.communityId, data.memberId, data.acquisition?.channel ?? data.channel, event.occurredAt],
  );
  await client.query('UPDATE communities SET member_count = member_count + 1 WHERE tenant_id = $1 AND community_id = $2', [event.tenantId, data.communityId]);
};

/** Moves memberships and identities between the two members of a merge (and back on unmerge). */
async function moveFacts(client: PoolClient, tenantId: string, from: string, to: string, data: Record<string, any>) {
  const communityIds = (data.memberships as Array<{ communityId: string }>).map((membership) => membership.communityId);
  const identityIds = (data.identities as Array<{ identityId: string }>).map((identity) => identity.identityId);
  await client.query('UPDATE memberships SET member_id = $3 WHERE tenant_id = $1 AND member_id = $2 AND community_id = ANY($4::uuid[])', [tenantId, from, to, communityIds]);
  for (const table of ['member_identities', 'member_identity_index']) {
    await client.query(`UPDATE ${table} SET member_id = $3 WHERE tenant_id = $1 AND member_id = $2 AND identity_id = ANY($4::uuid[])`, [tenantId, from, to, identityIds]);
  }
}

const setStatus = (status: string): Handler => (client, event, data) =>
  client.query('UPDATE members SET status = $3 WHERE tenant_id = $1 AND member_id = $2', [event.tenantId, data.memberId, status]);

const handlers: Record<string, Handler> = {
  'groundswell.members.MemberMergedInto.v1': setStatus('merged'),
  'groundswell.members.MemberLifecycleStageChanged.v1': (client, event, data) =>
    client.query('UPDATE memberships SET stage = $4 WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3', [event.tenantId, data.communityId, data.memberId, data.to]),
  'groundswell.members.MemberAbsorbed.v1': (client, event, data) => moveFacts(client, event.tenantId, data.absorbedMemberId, data.memberId, data),
  'groundswell.members.MemberUnmerged.v1': (client, event, data) => moveFacts(client, event.tenantId, data.memberId, data.absorbedMemberId, data),
  'groundswell.members.MemberMergeReverted.v1': setStatus('active'),
  'groundswell.members.MemberRegistered.v1': (client, event, data) =>
    client.query(`INSERT INTO members (tenant_id, member_id, key_id, status, registered_at) VALUES ($1, $2, $3, 'active', $4)`, [
      event.tenantId,
      data.memberId,
      data.keyId,
      event.occurredAt,
    ]),
  'groundswell.members.MemberProfileUpdated.v1': async (client, event, data) => {
    const changes = (data.changes ?? {}) as Record<string, unknown>;
    if ('displayName' in changes) {
      await client.query('UPDATE members SET display_name = $3 WHERE tenant_id = $1 AND member_id = $2', [event.tenantId, data.memberId, changes.displayName]);
    }
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null));
    const cleared = Object.keys(changes).filter((field) => changes[field] === null);
    // Each field stays encrypted under the member's key: the read model holds ciphertexts only.
    await client.query('UPDATE members SET profile = (profile - $4::text[]) || $3::jsonb WHERE tenant_id = $1 AND member_id = $2', [
      event.tenantId,
      data.memberId,
      set,
      cleared,
    ]);
  },
  'groundswell.members.MemberIdentityLinked.v1': (client, event, data) =>
    client.query(
      `INSERT INTO member_identities (tenant_id, identity_id, member_id, kind, scope, value, verified, sealed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $3)
       ON CONFLICT (tenant_id, identity_id) DO UPDATE SET member_id = EXCLUDED.member_id`,
      [event.tenantId, data.identity.identityId, data.memberId, data.identity.kind, data.identity.scope ?? null, data.identity.value, Boolean(data.identity.verification)],
    ),
  'groundswell.members.MemberIdentityVerified.v1': (client, event, data) =>
    client.query('UPDATE member_identities SET verified = true WHERE tenant_id = $1 AND identity_id = $2', [event.tenantId, data.identityId]),
  'groundswell.members.MemberJoined.v1': joined,
  'groundswell.members.MemberJoined.v2': joined,
  'groundswell.members.MemberLeft.v1': async (client, event, data) => {
    await client.query(
      `UPDATE memberships SET status = $4, left_at = $5 WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3`,
      [event.tenantId, data.communityId, data.memberId, membershipStatus[data.reason] ?? 'left', event.occurredAt],
    );
    await client.query('UPDATE communities SET member_count = member_count - 1 WHERE tenant_id = $1 AND community_id = $2', [event.tenantId, data.communityId]);
  },
  'groundswell.members.MemberConsentGranted.v1': (client, event, data) => consent(client, event, data, true),
  'groundswell.members.MemberConsentRevoked.v1': (client, event, data) => consent(client, event, data, false),
  // Personal data goes; the member row and memberships stay so every count still includes them.
  'groundswell.members.MemberErased.v1': async (client, event, data) => {
    const key = [event.tenantId, data.memberId];
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
};

function consent(client: PoolClient, event: StoredEvent, data: Record<string, any>, granted: boolean) {
  return client.query(
    `INSERT INTO member_consents (tenant_id, member_id, purpose, granted, decided_at, policy_version) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, member_id, purpose) DO UPDATE SET granted = EXCLUDED.granted, decided_at = EXCLUDED.decided_at, policy_version = EXCLUDED.policy_version`,
    [event.tenantId, data.memberId, data.purpose, granted, data.decidedAt, data.policyVersion],
  );
}

/** `members`, `memberships`, `member_identities`, `member_consents` (and community member counts). */
export const memberProjection: InlineProjection = {
  name: 'members',
  table: 'members',
  createTable: async () => undefined,
  async apply(client, events) {
    for (const event of events) await handlers[event.type]?.(client, event, event.data as Record<string, any>);
  },
};
