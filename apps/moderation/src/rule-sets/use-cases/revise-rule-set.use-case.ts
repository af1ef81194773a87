import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { ruleSetDecider } from '../rule-set.decider';
import { ruleSetStream } from '../rule-set.events';

export interface ReviseRuleSetInput {
  id: string;
  rules: string[];
}

@Injectable()
export class ReviseRuleSetUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: ReviseRuleSetInput, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: ruleSetDecider,
      stream: { tenantId: identity.tenant, ...ruleSetStream(input.id) },
      command: { type: 'ReviseRuleSet', ruleSetId: input.id, rules: input.rules, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
