import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { reviewCaseDecider, type DecideCase } from '../review-case.decider';
import { reviewCaseStream } from '../review-case.events';

export interface DecideCaseInput {
  caseId: string;
  decision: DecideCase['decision'];
  reason?: string;
}

@Injectable()
export class DecideCaseUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: DecideCaseInput, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: reviewCaseDecider,
      stream: reviewCaseStream(identity.tenant, input.caseId),
      command: { type: 'DecideCase', caseId: input.caseId, decision: input.decision, reason: input.reason, reviewer: identity.sub },
      commandName: 'DecideReviewCase',
      context: { idempotencyKey },
    });
  }
}
