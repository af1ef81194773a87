import type { BatchEventHandler } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { applyIdentityChange } from './apply-identity-change';
import { batchSteps } from './batch-steps';
import type { FactChange } from './eligibility-facts';

type Of<K extends FactChange['kind']> = Extract<FactChange, { kind: K }>;
const column = <K extends FactChange['kind'], V>(changes: Of<K>[], pick: (change: Of<K>) => V) => changes.map(pick);
/** A late event must not bring back a row about an erased member. */
const notErased = (alias: string) => `NOT EXISTS (SELECT 1 FROM eligibility_erased_members e WHERE e.tenant_id = ${alias}.tenant_id AND e.member_id = ${alias}.member_id)`;

async function applyMemberships(client: PoolClient, changes: Of<'membership'>[]): Promise<void> {
  if (!changes.length) return;
  await client.query(
    `INSERT INTO eligibility_memberships (tenant_id, member_id, community_id, active)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) AS c(tenant_id, member_id, community_id, active) WHERE ${notErased('c')}
     ON CONFLICT (tenant_id, member_id, community_id) DO UPDATE SET active = EXCLUDED.active`,
    [column(changes, (c) => c.tenantId), column(changes, (c) => c.memberId), column(changes, (c) => c.communityId), column(changes, (c) => c.active)],
  );
}

async function applyConsents(client: PoolClient, changes: Of<'consent'>[]): Promise<void> {
  if (!changes.length) return;
  await client.query(
    `INSERT INTO eligibility_marketing_consents (tenant_id, member_id, granted, decided_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::timestamptz[]) AS c(tenant_id, member_id, granted, decided_at) WHERE ${notErased('c')}
     ON CONFLICT (tenant_id, member_id) DO UPDATE SET granted = EXCLUDED.granted, decided_at = EXCLUDED.decided_at
     WHERE eligibility_marketing_consents.decided_at <= EXCLUDED.decided_at`,
    [column(changes, (c) => c.tenantId), column(changes, (c) => c.memberId), column(changes, (c) => c.granted), column(changes, (c) => c.decidedAt)],
  );
}

async function applySegments(client: PoolClient, changes: Of<'segment'>[]): Promise<void> {
  const [entered, left] = [changes.filter((c) => c.inSegment), changes.filter((c) => !c.inSegment)];
  if (entered.length) {
    const entering = `SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS c(tenant_id, member_id, segment_id) WHERE ${notErased('c')}`;
    await client.query(`INSERT INTO eligibility_segment_members (tenant_id, member_id, segment_id) ${entering} ON CONFLICT DO NOTHING`, [
      column(entered, (c) => c.tenantId),
      column(entered, (c) => c.memberId),
      column(entered, (c) => c.segmentId),
    ]);
  }
  if (left.length) {
    await client.query(
      `DELETE FROM eligibility_segment_members s USING unnest($1::text[], $2::text[], $3::text[]) AS gone(tenant_id, member_id, segment_id)
       WHERE s.tenant_id = gone.tenant_id AND s.member_id = gone.member_id AND s.segment_id = gone.segment_id`,
      [column(left, (c) => c.tenantId), column(left, (c) => c.memberId), column(left, (c) => c.segmentId)],
    );
  }
}

async function applySanctions(client: PoolClient, changes: Of<'sanction'>[]): Promise<void> {
  if (!changes.length) return;
  await client.query(
    `INSERT INTO eligibility_sanctions (tenant_id, sanction_id, member_id, kind, community_id, in_force)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[]) AS c(tenant_id, sanction_id, member_id, kind, community_id, in_force)
     -- a sanction kept after its member's erasure (it went to the survivor) may still be lifted
     WHERE ${notErased('c')} OR EXISTS (SELECT 1 FROM eligibility_sanctions kept WHERE kept.tenant_id = c.tenant_id AND kept.sanction_id = c.sanction_id)
     ON CONFLICT (tenant_id, sanction_id) DO UPDATE SET in_force = EXCLUDED.in_force`,
    [
      column(changes, (c) => c.tenantId),
      column(changes, (c) => c.sanctionId),
      column(changes, (c) => c.memberId),
      column(changes, (c) => c.sanctionKind),
      column(changes, (c) => c.communityId),
      column(changes, (c) => c.inForce),
    ],
  );
}

async function applyFacts(client: PoolClient, changes: FactChange[]): Promise<void> {
  const of = <K extends FactChange['kind']>(kind: K) => changes.filter((change): change is Of<K> => change.kind === kind);
  await applyMemberships(client, of('membership'));
  await applyConsents(client, of('consent'));
  await applySegments(client, of('segment'));
  await applySanctions(client, of('sanction'));
}

/**
 * Applies a consumer batch to the replica with one multi-row statement per table for the facts
 * between two merges or erasures: those are reduced to the last change per fact, so a join and a
 * leave in one batch end as a leave. Merges and erasures apply one by one, in batch order.
 */
export const applyEligibilityFacts: BatchEventHandler = async (client, events) => {
  for (const step of batchSteps(events.map(({ envelope }) => envelope))) {
    if (step.kind === 'facts') await applyFacts(client, step.changes);
    else await applyIdentityChange(client, step.change);
  }
};
