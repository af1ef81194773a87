import { Injectable } from '@nestjs/common';
import { loadAggregate, type CommandContext, type EventStore } from '@groundswell/event-store';
import type { Actor } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { memberDecider } from '../membership/member.decider';
import { runIdempotentCommand } from '../shared/idempotent-command';
import { MemberDomainError } from '../shared/member-domain.error';
import { memberStreams } from '../shared/stream-ids';
import { MembersContext } from '../shared/members-context';
import { tenantStream } from '../shared/tenant-stream';
import { activitySummary } from './activity-summary';
import { loadLifecycleRules } from './rules/lifecycle-rules.use-case';

export interface LifecycleEvaluation {
  stage: string;
  changed: boolean;
}

export interface LifecycleTarget {
  tenantId: string;
  memberId: string;
  communityId: string;
}

/**
 * Evaluates the member's stage in one community inside the caller's transaction. With `onlyIfActive`,
 * a member who left, merged or was erased is skipped (automatic evaluation) instead of rejected.
 */
export async function evaluateLifecycleIn(
  store: EventStore,
  client: PoolClient,
  target: LifecycleTarget,
  by: Actor,
  at: Date,
  options: { onlyIfActive?: boolean; context?: CommandContext } = {},
): Promise<LifecycleEvaluation | undefined> {
  const { tenantId, memberId, communityId } = target;
  const stream = tenantStream(tenantId, memberStreams.member(memberId));
  const { state } = await loadAggregate(client, memberDecider, stream);
  const membership = state.memberships[communityId];
  if (options.onlyIfActive && (state.status !== 'active' || membership?.status !== 'active')) return undefined;
  if (!membership) throw new MemberDomainError('MEMBERSHIP_NOT_FOUND', 'The member is not in this community', { memberId, communityId });
  const joined = await client.query<{ joined_at: Date }>('SELECT joined_at FROM memberships WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3', [tenantId, communityId, memberId]);
  const rules = await loadLifecycleRules(client, tenantId);
  const activity = await activitySummary(client, tenantId, communityId, memberId, joined.rows[0]?.joined_at ?? at, at);
  const outcome = await store.handleIn(client, {
    decider: memberDecider,
    stream,
    command: { type: 'EvaluateLifecycle', communityId, activity, rules, at, by },
    context: options.context,
    result: ({ state: after }) => after.memberships[communityId]!.stage,
  });
  return { stage: outcome.result, changed: outcome.events.length > 0 };
}

/**
 * Moves a member's stage in one community by the tenant's rules: a promotion takes effect at once,
 * a demotion only once the cadence period has turned (no flapping), an operator's override wins.
 */
@Injectable()
export class EvaluateLifecycleUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(tenantId: string, memberId: string, communityId: string, by: Actor, at = new Date(), idempotencyKey?: string): Promise<LifecycleEvaluation> {
    const target = { tenantId, memberId, communityId };
    const { store } = this.context;
    return runIdempotentCommand(store, { tenantId, key: idempotencyKey, command: 'EvaluateLifecycle' }, async (client) => (await evaluateLifecycleIn(store, client, target, by, at))!);
  }
}
