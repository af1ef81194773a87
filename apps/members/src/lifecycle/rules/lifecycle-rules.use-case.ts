import { Injectable } from '@nestjs/common';
import { loadAggregate } from '@groundswell/event-store';
import type { Pool, PoolClient } from 'pg';
import type { Identity } from '@groundswell/service-kit';
import { lifecycleRulesDecider, lifecycleRulesStream, type LifecycleRulesChange } from '../lifecycle-rules.decider';
import { type LifecycleRuleSet } from '../lifecycle-rule-set';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

/** The tenant's lifecycle rules in force, folded from its stream (the built-in version 1 when it has none). */
export async function loadLifecycleRules(db: Pool | PoolClient, tenantId: string): Promise<LifecycleRuleSet> {
  return (await loadAggregate(db, lifecycleRulesDecider, tenantStream(tenantId, lifecycleRulesStream))).state.rules;
}

@Injectable()
export class LifecycleRulesUseCase {
  constructor(private readonly context: MembersContext) {}

  current(tenantId: string): Promise<LifecycleRuleSet> {
    return loadLifecycleRules(this.context.pool, tenantId);
  }

  /** A new version of the tenant's rules; evaluations from then on use it and name it on each stage change. */
  async define(identity: Identity, rules: LifecycleRulesChange, idempotencyKey?: string): Promise<LifecycleRuleSet> {
    const outcome = await this.context.store.handle({
      decider: lifecycleRulesDecider,
      stream: tenantStream(identity.tenant, lifecycleRulesStream),
      command: { type: 'DefineLifecycleRules', rules, by: actorOf(identity), at: new Date() },
      context: { idempotencyKey },
      result: ({ state }) => state.rules,
    });
    return outcome.result;
  }
}
