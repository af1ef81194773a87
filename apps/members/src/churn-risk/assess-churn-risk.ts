import type { CommandContext, EventStore } from '@groundswell/event-store';
import type { Actor } from '@groundswell/events';
import type { Pool, PoolClient } from 'pg';
import { churnRiskDecider, churnRiskStream } from './churn-risk.decider';
import { passOverActiveMemberships } from '../shared/scheduling/active-memberships-pass';
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
    context,
  });
  return outcome.events.length > 0;
}

/** Re-scores every active membership at `at` (time alone raises the risk of the quiet). Returns the band changes. */
export function runChurnRiskPass(pool: Pool, at: Date): Promise<number> {
  return passOverActiveMemberships(pool, (store, client, target) => assessChurnRiskIn(store, client, target, at));
}
