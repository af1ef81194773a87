import { MemberErasedV1, MemberProfileUpdatedV1, type EncryptedField, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { PersonalDataVault } from '../../shared/privacy/personal-data-vault';

/** Profile fields segments can filter on, and their column in `member_profile_facets`. */
const facetColumns = { ageBand: 'age_band', gender: 'gender', region: 'region', interests: 'interests' } as const;

type FacetField = keyof typeof facetColumns;

/**
 * Keeps the decrypted profile facets segments filter on. They are personal data in the clear, so
 * they exist only while the member's key does: an erasure deletes the row, and a replay after it
 * can't decrypt them again.
 */
export async function trackProfileFacets(client: PoolClient, event: EventEnvelope, vault: PersonalDataVault): Promise<void> {
  const { memberId, changes } = event.data as { memberId: string; changes?: Record<string, EncryptedField | null> };
  if (event.type === MemberErasedV1.type) {
    await client.query('DELETE FROM member_profile_facets WHERE tenant_id = $1 AND member_id = $2', [event.tenantid, memberId]);
    return;
  }
  if (event.type !== MemberProfileUpdatedV1.type || !changes) return;
  const updates: Array<[column: string, value: string | string[] | null]> = [];
  for (const field of Object.keys(facetColumns) as FacetField[]) {
    if (!(field in changes)) continue;
    const sealed = changes[field];
    const plain = sealed ? await vault.decrypt(client, event.tenantid, memberId, sealed) : null;
    // An unreadable value means the member was erased since: nothing may be derived from it.
    if (sealed && plain === null) return;
    const value = field === 'interests' ? (plain === null ? [] : (JSON.parse(plain) as string[])) : plain;
    updates.push([facetColumns[field], value]);
  }
  if (!updates.length) return;
  await client.query('INSERT INTO member_profile_facets (tenant_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [event.tenantid, memberId]);
  const assignments = updates.map(([column], index) => `${column} = $${index + 3}`).join(', ');
  await client.query(`UPDATE member_profile_facets SET ${assignments} WHERE tenant_id = $1 AND member_id = $2`, [
    event.tenantid,
    memberId,
    ...updates.map(([, value]) => value),
  ]);
}
