import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import { beijingDay, type Identity } from '@groundswell/service-kit';
import { riskDecider } from '../risk.decider';
import { riskStream } from '../risk.events';
import type { RiskType } from '../risk-score';

export interface RegisterRiskInput {
  riskType: RiskType;
  title: string;
  description?: string;
  likelihood: number;
  impact: number;
  potentialLossYuan?: number;
  owner: string;
  reviewDue: string;
}

@Injectable()
export class RegisterRiskUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new risk's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, input: RegisterRiskInput, idempotencyKey?: string): Promise<string> {
    const riskId = randomUUID();
    const { result } = await this.store.handle({
      decider: riskDecider,
      stream: { tenantId: identity.tenant, ...riskStream(riskId) },
      command: { type: 'RegisterRisk', riskId, ...input, today: beijingDay(new Date()), by: identity.sub },
      context: { idempotencyKey },
      result: () => ({ riskId }),
    });
    return result.riskId;
  }
}
