import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { ruleSetDecider } from '../rule-set.decider';
import { ruleSetStream } from '../rule-set.events';

@Injectable()
export class PublishRuleSetUseCase {
  constructor(private readonly store: EventStore) {}

  /** Members are held to the draft from now on, as the rule set's next version. */
  async execute(identity: Identity, ruleSetId: string, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: ruleSetDecider,
      stream: { tenantId: identity.tenant, ...ruleSetStream(ruleSetId) },
      command: { type: 'PublishRuleSet', ruleSetId, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
