import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contentPlanDecider } from '../content-plan.decider';
import { contentPlanStream, type ContentPlanTerms } from '../content-plan.events';

export interface SetContentPlanInput extends ContentPlanTerms {
  communityId: string;
}

@Injectable()
export class SetContentPlanUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, { communityId, ...terms }: SetContentPlanInput, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: contentPlanDecider,
      stream: { tenantId: identity.tenant, ...contentPlanStream(communityId) },
      command: { type: 'SetContentPlan', communityId, ...terms, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
