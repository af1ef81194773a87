import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { reviewCaseDecider } from '../review-case.decider';
import { reviewCaseStream } from '../review-case.events';

@Injectable()
export class ClaimCaseUseCase {
  constructor(private readonly store: EventStore) {}

  /**
   * Two moderators claiming at once both decide on the same version; the stream takes one append and
   * the other conflicts. Retrying it on fresh state turns that conflict into a plain CASE_HELD.
   */
  async execute(identity: Identity, caseId: string, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: reviewCaseDecider,
      stream: reviewCaseStream(identity.tenant, caseId),
      command: { type: 'ClaimCase', caseId, moderator: identity.sub },
      commandName: 'ClaimReviewCase',
      context: { idempotencyKey },
      retryOnConflict: true,
    });
  }
}
