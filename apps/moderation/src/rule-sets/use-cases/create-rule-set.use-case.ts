import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { ruleSetDecider } from '../rule-set.decider';
import { ruleSetStream } from '../rule-set.events';

export interface CreateRuleSetInput {
  title: string;
}

@Injectable()
export class CreateRuleSetUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new rule set's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, input: CreateRuleSetInput, idempotencyKey?: string): Promise<string> {
    const ruleSetId = randomUUID();
    const { result } = await this.store.handle({
      decider: ruleSetDecider,
      stream: { tenantId: identity.tenant, ...ruleSetStream(ruleSetId) },
      command: { type: 'CreateRuleSet', ruleSetId, title: input.title, by: identity.sub },
      context: { idempotencyKey },
      result: () => ({ ruleSetId }),
    });
    return result.ruleSetId;
  }
}
