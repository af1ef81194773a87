import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contestDecider } from '../contest.decider';
import { contestStream } from '../contest.events';

@Injectable()
export class PublishContestResultsUseCase {
  constructor(private readonly store: EventStore) {}

  /** Ranks the entries by their judges' mean scores and closes the contest. */
  async execute(identity: Identity, contestId: string, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: contestDecider,
      stream: { tenantId: identity.tenant, ...contestStream(contestId) },
      command: { type: 'PublishContestResults', by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
