import { createEventRegistry, MemberAbsorbedV1, MemberErasedV1, MemberIdentityLinkedV1, MemberMergedIntoV1, MemberRegisteredV1, type EventEnvelope } from '@groundswell/events';
import type { BatchEventHandler } from '@groundswell/messaging';
import type { PoolClient } from 'pg';

const registry = createEventRegistry();
const replicated = new Set<string>([MemberRegisteredV1.type, MemberIdentityLinkedV1.type, MemberMergedIntoV1.type, MemberAbsorbedV1.type, MemberErasedV1.type]);

/**
 * Keeps when Groundswell first knew each member and identity. Only ever moves first-known times
 * earlier, so events applied in any order (or again) end in the same replica.
 */
export async function replicateIdentity(client: PoolClient, envelope: EventEnvelope): Promise<void> {
  if (!replicated.has(envelope.type)) return;
  const event = registry.decode(envelope);
  const [tenantId, at] = [envelope.tenantid, envelope.time];
  if (MemberRegisteredV1.is(event)) {
    await knownSince(client, tenantId, event.data.memberId, at);
  } else if (MemberIdentityLinkedV1.is(event)) {
    await client.query(
      `INSERT INTO referral_known_identities (tenant_id, identity_id, member_id, linked_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, identity_id) DO UPDATE SET linked_at = least(referral_known_identities.linked_at, EXCLUDED.linked_at)`,
      [tenantId, event.data.identity.identityId, event.data.memberId, at],
    );
  } else if (MemberMergedIntoV1.is(event)) {
    await knownSince(client, tenantId, event.data.memberId, at);
    await client.query('UPDATE referral_known_members SET merged_into = $3 WHERE tenant_id = $1 AND member_id = $2', [tenantId, event.data.memberId, event.data.survivorMemberId]);
  } else if (MemberAbsorbedV1.is(event)) {
    // The survivor holds the duplicate's identities now, with the times they were first linked,
    // unless the duplicate was erased already (its erasure can arrive first: another partition).
    const identityIds = event.data.identities.map((identity) => identity.identityId);
    await client.query(
      `INSERT INTO referral_known_identities (tenant_id, identity_id, member_id, linked_at, brought_by)
       SELECT $1::text, id, $3::text, $4::timestamptz, $5::text FROM unnest($2::text[]) AS id
       WHERE NOT EXISTS (SELECT 1 FROM referral_known_members WHERE tenant_id = $1 AND member_id = $5 AND erased_at IS NOT NULL)
       ON CONFLICT (tenant_id, identity_id) DO UPDATE SET member_id = EXCLUDED.member_id, brought_by = EXCLUDED.brought_by`,
      [tenantId, identityIds, event.data.memberId, at, event.data.absorbedMemberId],
    );
    await knownSince(client, tenantId, event.data.absorbedMemberId, at);
    await client.query('UPDATE referral_known_members SET merged_into = $3 WHERE tenant_id = $1 AND member_id = $2', [tenantId, event.data.absorbedMemberId, event.data.memberId]);
  } else if (MemberErasedV1.is(event)) {
    // Their identities go; when they were first known stays, as members keeps the erased member's row.
    // An erased person who comes back is a new member with new identities, so a referral may earn.
    const { memberId } = event.data;
    await knownSince(client, tenantId, memberId, at);
    await client.query('UPDATE referral_known_members SET erased_at = $3 WHERE tenant_id = $1 AND member_id = $2', [tenantId, memberId, at]);
    await client.query('DELETE FROM referral_known_identities WHERE tenant_id = $1 AND (member_id = $2 OR brought_by = $2)', [tenantId, memberId]);
  }
}

function knownSince(client: PoolClient, tenantId: string, memberId: string, at: string) {
  return client.query(
    `INSERT INTO referral_known_members (tenant_id, member_id, first_known_at) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, member_id) DO UPDATE SET first_known_at = least(referral_known_members.first_known_at, EXCLUDED.first_known_at)`,
    [tenantId, memberId, at],
  );
}

/** The same for a consumer's batch, in order. */
export const replicateIdentities: BatchEventHandler = async (client, events) => {
  for (const { envelope } of events) await replicateIdentity(client, envelope);
};
