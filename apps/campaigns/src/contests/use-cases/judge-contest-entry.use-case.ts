import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contestDecider } from '../contest.decider';
import { contestStream } from '../contest.events';

@Injectable()
export class JudgeContestEntryUseCase {
  constructor(private readonly store: EventStore) {}

  /** Records one judge's score of an entry (a judge's own entry is refused). */
  async execute(identity: Identity, input: { contestId: string; entryId: string; judgeId: string; score: number }, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: contestDecider,
      stream: { tenantId: identity.tenant, ...contestStream(input.contestId) },
      command: { type: 'JudgeContestEntry', entryId: input.entryId, judgeId: input.judgeId, score: input.score, by: identity.sub },
      context: { idempotencyKey },
      retryOnConflict: true,
    });
  }
}
