import type { EventStore } from '@groundswell/event-store';
import { MemberActivityRecordedV1, type Actor, type EventEnvelope } from '@groundswell/events';
import type { Pool, PoolClient } from 'pg';
import { assessChurnRiskIn } from '../churn-risk/assess-churn-risk';
import { passOverActiveMemberships, type MembershipTarget } from '../shared/scheduling/active-memberships-pass';
import { evaluateLifecycleIn } from './evaluate-lifecycle.use-case';

export const lifecycleAutomation: Actor = { kind: 'system', id: 'lifecycle-evaluator' };

/**
 * Re-evaluates the member an activity event names, so a promotion follows the activity at once,
 * and re-scores their churn risk.
 * `now` is the evaluation instant; an event stamped a little later (clock skew) is still inside it.
 */
export function lifecycleActivityHandler(store: EventStore, now: () => Date = () => new Date()) {
  return async (client: PoolClient, event: EventEnvelope): Promise<void> => {
    if (event.type !== MemberActivityRecordedV1.type) return;
    const { memberId, communityId } = event.data as { memberId: string; communityId: string };
    const eventTime = new Date(event.time);
    const at = new Date(Math.max(now().getTime(), eventTime.getTime()));
    const target = { tenantId: event.tenantid, memberId, communityId };
    const snapshotXmin = await alreadyCounted(client, target, event.id);
    if (snapshotXmin === undefined) return;
    const context = { correlationId: event.correlationid, causationId: event.id };
    await evaluateLifecycleIn(store, client, target, lifecycleAutomation, at, { onlyIfActive: true, context });
    // New activity is a changed fact for the churn-risk score too.
    await assessChurnRiskIn(store, client, target, at, context);
    await client.query(
      `INSERT INTO membership_evaluations (tenant_id, community_id, member_id, snapshot_xmin) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, community_id, member_id) DO UPDATE SET snapshot_xmin = GREATEST(membership_evaluations.snapshot_xmin, EXCLUDED.snapshot_xmin)`,
      [target.tenantId, communityId, memberId, snapshotXmin],
    );
  };
}

/**
 * Undefined when an earlier evaluation of the membership already saw this event (its transaction
 * had finished before that evaluation began); otherwise the xmin this evaluation starts from, taken
 * before any read so that everything it reads is at least that fresh.
 */
async function alreadyCounted(client: PoolClient, target: { tenantId: string; memberId: string; communityId: string }, eventId: string): Promise<string | undefined> {
  const { rows } = await client.query<{ counted: boolean; xmin: string }>(
    `SELECT EXISTS (
              SELECT 1 FROM events e JOIN membership_evaluations m ON m.tenant_id = $1 AND m.community_id = $2 AND m.member_id = $3
              WHERE e.event_id = $4 AND e.transaction_id < m.snapshot_xmin
            ) AS counted,
            pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`,
    [target.tenantId, target.communityId, target.memberId, eventId],
  );
  return rows[0]!.counted ? undefined : rows[0]!.xmin;
}

/**
 * The time-based half of the lifecycle: every active membership is evaluated at `at`, so members
 * who went quiet are demoted (dormant, churned) once their cadence period has turned. Returns the
 * stages changed.
 */
export function runLifecycleDemotionPass(pool: Pool, at: Date): Promise<number> {
  const demote = async (store: EventStore, client: PoolClient, target: MembershipTarget) =>
    (await evaluateLifecycleIn(store, client, target, lifecycleAutomation, at, { onlyIfActive: true }))?.changed === true;
  return passOverActiveMemberships(pool, demote, "stage <> 'churned'");
}
