import type { PoolClient } from 'pg';
import type { HandedMembership, IdentityChange } from './member-identity-changes';

type Of<K extends IdentityChange['kind']> = Extract<IdentityChange, { kind: K }>;
type MergeChange = Of<'merged' | 'absorbed' | 'unmerged' | 'mergeReverted'>;

const notErased = (tenant: string, member: string) => `NOT EXISTS (SELECT 1 FROM eligibility_erased_members e WHERE e.tenant_id = ${tenant} AND e.member_id = ${member})`;

/** Records the merge, or its undoing, and says whether it is in effect; an undo may arrive before its merge. */
async function recordMerge(client: PoolClient, change: MergeChange, undone: boolean): Promise<boolean> {
  const { rows } = await client.query<{ undone: boolean }>(
    `INSERT INTO eligibility_merges (tenant_id, merge_id, duplicate_member_id, survivor_member_id, undone) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, merge_id) DO UPDATE SET undone = eligibility_merges.undone OR EXCLUDED.undone
     RETURNING undone`,
    [change.tenantId, change.mergeId, change.duplicateId, change.survivorId, undone],
  );
  return !rows[0]!.undone;
}

/** Memberships handed to a member, unless it was erased; `overwrite` when the handover is newer than what the member holds. */
async function handOver(client: PoolClient, tenantId: string, memberId: string, memberships: HandedMembership[], overwrite: boolean): Promise<void> {
  if (!memberships.length) return;
  await client.query(
    `INSERT INTO eligibility_memberships (tenant_id, member_id, community_id, active)
     SELECT $1, $2, handed.community_id, handed.active FROM unnest($3::text[], $4::boolean[]) AS handed(community_id, active) WHERE ${notErased('$1', '$2')}
     ON CONFLICT (tenant_id, member_id, community_id) DO ${overwrite ? 'UPDATE SET active = EXCLUDED.active' : 'NOTHING'}`,
    [tenantId, memberId, memberships.map((m) => m.communityId), memberships.map((m) => m.active)],
  );
}

/**
 * The duplicate's memberships the merge moved become the survivor's. A row the survivor already has
 * for such a community was written after the merge (it had never been a member before), so it wins.
 */
async function merged(client: PoolClient, change: Of<'merged'>): Promise<void> {
  if (!(await recordMerge(client, change, false))) return;
  const { tenantId, duplicateId, survivorId, movedCommunityIds } = change;
  const { rows } = await client.query<{ community_id: string; active: boolean }>(
    'DELETE FROM eligibility_memberships WHERE tenant_id = $1 AND member_id = $2 AND community_id = ANY($3::text[]) RETURNING community_id, active',
    [tenantId, duplicateId, movedCommunityIds],
  );
  await handOver(client, tenantId, survivorId, rows.map((row) => ({ communityId: row.community_id, active: row.active })), false);
}

async function absorbed(client: PoolClient, change: Of<'absorbed'>): Promise<void> {
  if (await recordMerge(client, change, false)) await handOver(client, change.tenantId, change.survivorId, change.memberships, false);
}

async function unmerged(client: PoolClient, change: Of<'unmerged'>): Promise<void> {
  await recordMerge(client, change, true);
  await client.query('DELETE FROM eligibility_memberships WHERE tenant_id = $1 AND member_id = $2 AND community_id = ANY($3::text[])', [
    change.tenantId,
    change.survivorId,
    change.communityIds,
  ]);
}

async function mergeReverted(client: PoolClient, change: Of<'mergeReverted'>): Promise<void> {
  await recordMerge(client, change, true);
  await handOver(client, change.tenantId, change.duplicateId, change.memberships, true);
}

const replicaTables = ['eligibility_memberships', 'eligibility_marketing_consents', 'eligibility_segment_members', 'eligibility_sanctions'];

/**
 * Erasure reaches every row about the member and about the duplicates merged into them, who are the
 * same person (the members service erases those too). When the erased member had itself been merged
 * away, its sanctions stay with the survivor, whose record outlives it: a sanction on either stays one.
 */
async function erased(client: PoolClient, { tenantId, memberId }: Of<'erased'>): Promise<void> {
  const { rows } = await client.query<{ member_id: string }>(
    `WITH RECURSIVE person(member_id) AS (
       SELECT $2::text UNION SELECT m.duplicate_member_id FROM eligibility_merges m JOIN person p ON m.survivor_member_id = p.member_id WHERE m.tenant_id = $1 AND NOT m.undone
     ) SELECT member_id FROM person`,
    [tenantId, memberId],
  );
  const erasedIds = rows.map((row) => row.member_id);
  await client.query(
    `UPDATE eligibility_sanctions s SET member_id = m.survivor_member_id FROM eligibility_merges m
     WHERE m.tenant_id = $1 AND m.duplicate_member_id = $2 AND NOT m.undone AND NOT (m.survivor_member_id = ANY($3::text[]))
       AND s.tenant_id = $1 AND s.member_id = ANY($3::text[])`,
    [tenantId, memberId, erasedIds],
  );
  for (const table of replicaTables) await client.query(`DELETE FROM ${table} WHERE tenant_id = $1 AND member_id = ANY($2::text[])`, [tenantId, erasedIds]);
  await client.query('DELETE FROM eligibility_merges WHERE tenant_id = $1 AND (duplicate_member_id = ANY($2::text[]) OR survivor_member_id = ANY($2::text[]))', [tenantId, erasedIds]);
  await client.query('INSERT INTO eligibility_erased_members (tenant_id, member_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [tenantId, erasedIds]);
}

/** Applies one merge, unmerge or erasure to the replica. */
export async function applyIdentityChange(client: PoolClient, change: IdentityChange): Promise<void> {
  switch (change.kind) {
    case 'merged':
      return merged(client, change);
    case 'absorbed':
      return absorbed(client, change);
    case 'unmerged':
      return unmerged(client, change);
    case 'mergeReverted':
      return mergeReverted(client, change);
    case 'erased':
      return erased(client, change);
  }
}
