import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { ruleSetDecider } from '../rule-set.decider';
import { ruleSetStream } from '../rule-set.events';

export interface RenameRuleSetInput {
  id: string;
  title: string;
}

@Injectable()
export class RenameRuleSetUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: RenameRuleSetInput, idempotencyKey?: string): Promise<void> {
    // The stream is looked up in the caller's tenant, so another tenant's id is simply NOT_FOUND.
    await this.store.handle({
      decider: ruleSetDecider,
      stream: { tenantId: identity.tenant, ...ruleSetStream(input.id) },
      command: { type: 'RenameRuleSet', ruleSetId: input.id, title: input.title, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
