import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contentPlanDecider } from '../content-plan.decider';
import { contentPlanStream } from '../content-plan.events';

@Injectable()
export class RemoveContentPlanUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, communityId: string, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: contentPlanDecider,
      stream: { tenantId: identity.tenant, ...contentPlanStream(communityId) },
      command: { type: 'RemoveContentPlan', communityId, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
