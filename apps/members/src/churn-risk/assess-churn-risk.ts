import type { CommandContext, EventStore } from '@groundswell/event-store';
import type { Actor } from '@groundswell/events';
import type { Pool, PoolClient } from 'pg';
import { churnRiskDecider, churnRiskStream } from './churn-risk.decider';
import { membersEventStore } from '../shared/members-projections';
import { tenantStream } from '../shared/tenant-stream';
import { churnFacts } from './churn-facts';

export const churnRiskAutomation: Actor = { kind: 'system', id: 'churn-risk' };

export interface ChurnTarget {
  tenantId: string;
  memberId: string;
  communityId: string;
}

/** Scores the member's churn risk in the community at `at`; records it when the band changed. Skips ended memberships. */
export async function assessChurnRiskIn(store: EventStore, client: PoolClient, target: ChurnTarget, at: Date, context?: CommandContext): Promise<boolean> {
  const { tenantId, memberId, communityId } = target;
  const membership = await client.query<{ joined_at: Date }>(
    `SELECT joined_at FROM memberships WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3 AND status = 'active'`,
    [tenantId, communityId, memberId],
  );
  if (!membership.rows[0]) return false;
  const facts = await churnFacts(client, tenantId, communityId, memberId, membership.rows[0].joined_at, at);
  const outcome = await store.handleIn(client, {
    decider: churnRiskDecider,
    stream: tenantStream(tenantId, churnRiskStream(memberId, communityId)),
    command: { type: 'AssessChurnRisk', memberId, communityId, facts, at, by: churnRiskAutomation },
    commandName: 'AssessChurnRisk',
    context,
  });
  return outcome.events.length > 0;
}

const BATCH = 500;

/** Re-scores every active membership at `at` (time alone raises the risk of the quiet). Returns the band changes. */
export async function runChurnRiskPass(pool: Pool, at: Date): Promise<number> {
  const store = membersEventStore(pool);
  let changed = 0;
  let after: [string, string, string] = ['', '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const { rows } = await pool.query<{ tenant_id: string; community_id: string; member_id: string }>(
      `SELECT tenant_id, community_id, member_id FROM memberships
       WHERE status = 'active' AND (tenant_id, community_id, member_id) > ($1, $2::uuid, $3::uuid)
       ORDER BY tenant_id, community_id, member_id LIMIT ${BATCH}`,
      after,
    );
    for (const row of rows) {
      const target = { tenantId: row.tenant_id, memberId: row.member_id, communityId: row.community_id };
      if (await store.transaction((client) => assessChurnRiskIn(store, client, target, at), { retryOnConflict: true })) changed++;
    }
    if (rows.length < BATCH) return changed;
    const last = rows[rows.length - 1]!;
    after = [last.tenant_id, last.community_id, last.member_id];
  }
}
