import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contestDecider } from '../contest.decider';
import { ContestError } from '../contest.error';
import { contestStream } from '../contest.events';

@Injectable()
export class SubmitContestEntryUseCase {
  constructor(private readonly store: EventStore) {}

  /** The entry's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, input: { contestId: string; memberId: string; title: string; description?: string | null }, idempotencyKey?: string): Promise<string> {
    const { rows } = await this.store.pool.query<{ status: string | null }>(
      'SELECT c.status FROM contests k LEFT JOIN campaigns c ON c.tenant_id = k.tenant_id AND c.campaign_id = k.campaign_id WHERE k.tenant_id = $1 AND k.contest_id = $2',
      [identity.tenant, input.contestId],
    );
    if (!rows[0]) throw new ContestError('CONTEST_NOT_FOUND', 'No such contest', { contestId: input.contestId });
    const entryId = randomUUID();
    const { result } = await this.store.handle({
      decider: contestDecider,
      stream: { tenantId: identity.tenant, ...contestStream(input.contestId) },
      command: { type: 'SubmitContestEntry', entryId, memberId: input.memberId, title: input.title, description: input.description ?? null, campaignStatus: rows[0].status ?? 'none', by: identity.sub },
      context: { idempotencyKey },
      retryOnConflict: true,
      result: () => ({ entryId }),
    });
    return result.entryId;
  }
}
