import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contestDecider, type ContestTerms } from '../contest.decider';
import { ContestError } from '../contest.error';
import { contestStream } from '../contest.events';

@Injectable()
export class CreateContestUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new contest's id; a retry with the same idempotency key gets the first one's. */
  execute(identity: Identity, terms: ContestTerms, idempotencyKey?: string): Promise<string> {
    const contestId = randomUUID();
    return this.store.transaction(async (client) => {
      const { rows } = await client.query<{ status: string }>('SELECT status FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2', [identity.tenant, terms.campaignId]);
      if (!rows[0]) throw new ContestError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId: terms.campaignId });
      if (rows[0].status === 'ended' || rows[0].status === 'reviewed') throw new ContestError('CAMPAIGN_NOT_RUNNING', 'The campaign is over', { status: rows[0].status });
      const { result } = await this.store.handleIn(client, {
        decider: contestDecider,
        stream: { tenantId: identity.tenant, ...contestStream(contestId) },
        command: { type: 'CreateContest', contestId, terms, by: identity.sub },
        context: { idempotencyKey },
        result: () => ({ contestId }),
      });
      return result.contestId;
    });
  }
}
