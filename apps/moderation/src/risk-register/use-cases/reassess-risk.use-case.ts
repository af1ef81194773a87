import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import { beijingDay, type Identity } from '@groundswell/service-kit';
import { riskDecider } from '../risk.decider';
import { riskStream } from '../risk.events';

export interface ReassessRiskInput {
  riskId: string;
  likelihood: number;
  impact: number;
  potentialLossYuan?: number;
  note: string;
  reviewDue: string;
}

/** The periodic re-assessment (MOD-49): a new rating and the next review date. */
@Injectable()
export class ReassessRiskUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: ReassessRiskInput, idempotencyKey?: string): Promise<void> {
    const { riskId, ...rating } = input;
    await this.store.handle({
      decider: riskDecider,
      stream: { tenantId: identity.tenant, ...riskStream(riskId) },
      command: { type: 'ReassessRisk', ...rating, today: beijingDay(new Date()), by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
