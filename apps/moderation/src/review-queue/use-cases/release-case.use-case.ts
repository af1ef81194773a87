import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { reviewCaseDecider } from '../review-case.decider';
import { reviewCaseStream } from '../review-case.events';

@Injectable()
export class ReleaseCaseUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, caseId: string, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: reviewCaseDecider,
      stream: reviewCaseStream(identity.tenant, caseId),
      command: { type: 'ReleaseCase', caseId, moderator: identity.sub },
      commandName: 'ReleaseReviewCase',
      context: { idempotencyKey },
    });
  }
}
