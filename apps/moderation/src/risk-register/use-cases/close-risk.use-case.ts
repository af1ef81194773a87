import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { riskDecider } from '../risk.decider';
import { riskStream } from '../risk.events';

@Injectable()
export class CloseRiskUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, riskId: string, reason: string, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: riskDecider,
      stream: { tenantId: identity.tenant, ...riskStream(riskId) },
      command: { type: 'CloseRisk', reason, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
