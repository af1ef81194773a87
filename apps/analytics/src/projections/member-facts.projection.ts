import type { EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { memberFactsOf, type MemberFact } from './member-facts';

/**
 * Updates the member-fact projections (member-facts.migrations.ts) for one decoded event, in the
 * caller's transaction; only the facts of `kinds` when given (a rebuild replays its own tables only).
 * Visits, interactions and membership changes come only from counted events, which
 * counted-run.projection.ts projects.
 */
export async function projectMemberFacts(client: PoolClient, event: EventEnvelope, kinds?: ReadonlySet<MemberFact['kind']>): Promise<void> {
  for (const fact of memberFactsOf(event)) if (!kinds || kinds.has(fact.kind)) await projectFact(client, event, fact);
}

async function projectFact(client: PoolClient, event: EventEnvelope, fact: MemberFact): Promise<void> {
  const { id, tenantid: tenantId, time, recordedtime: recordedAt } = event;
  switch (fact.kind) {
    case 'merge': {
      const column = fact.undo ? 'unmerged_at' : 'merged_at';
      await client.query(
        `INSERT INTO member_merges (tenant_id, merge_id, duplicate_member_id, survivor_member_id, ${column})
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, merge_id)
         DO UPDATE SET ${column} = LEAST(member_merges.${column}, EXCLUDED.${column})`,
        [tenantId, fact.mergeId, fact.duplicateMemberId, fact.survivorMemberId, recordedAt],
      );
      return;
    }
    case 'churnRisk':
      await client.query(
        `INSERT INTO churn_risk_changes (event_id, tenant_id, community_id, member_id, occurred_at, recorded_at, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
        [id, tenantId, fact.communityId, fact.memberId, time, recordedAt, fact.status],
      );
      return;
    case 'lifecycle':
      await client.query(
        `INSERT INTO lifecycle_stage_changes (event_id, tenant_id, community_id, member_id, occurred_at, recorded_at, to_stage, cause)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
        [id, tenantId, fact.communityId, fact.memberId, time, recordedAt, fact.toStage, fact.cause],
      );
      return;
    case 'communityStatus':
      await client.query(
        `INSERT INTO community_status_changes (event_id, tenant_id, community_id, occurred_at, recorded_at, status)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING`,
        [id, tenantId, fact.communityId, time, recordedAt, fact.status],
      );
      return;
    case 'points':
      await client.query(
        `INSERT INTO points_daily (tenant_id, day, recorded_at, issued, redeemed, expired) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, day, recorded_at)
         DO UPDATE SET issued = points_daily.issued + EXCLUDED.issued, redeemed = points_daily.redeemed + EXCLUDED.redeemed,
                       expired = points_daily.expired + EXCLUDED.expired`,
        [tenantId, fact.day, recordedAt, fact.issued, fact.redeemed, fact.expired],
      );
      return;
  }
}
