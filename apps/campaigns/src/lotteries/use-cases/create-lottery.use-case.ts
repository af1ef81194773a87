import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { lotteryDecider, type LotteryTerms } from '../lottery.decider';
import { LotteryError } from '../lottery.error';
import { lotteryStream } from '../lottery.events';

@Injectable()
export class CreateLotteryUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new lottery's id; a retry with the same idempotency key gets the first one's. */
  execute(identity: Identity, terms: LotteryTerms, idempotencyKey?: string): Promise<string> {
    const lotteryId = randomUUID();
    return this.store.transaction(async (client) => {
      const { rows } = await client.query<{ status: string }>('SELECT status FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2', [identity.tenant, terms.campaignId]);
      if (!rows[0]) throw new LotteryError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId: terms.campaignId });
      if (rows[0].status === 'ended' || rows[0].status === 'reviewed') throw new LotteryError('CAMPAIGN_NOT_RUNNING', 'The campaign is over', { status: rows[0].status });
      const { result } = await this.store.handleIn(client, {
        decider: lotteryDecider,
        stream: { tenantId: identity.tenant, ...lotteryStream(lotteryId) },
        command: { type: 'CreateLottery', lotteryId, terms, now: new Date(), by: identity.sub },
        context: { idempotencyKey },
        result: () => ({ lotteryId }),
      });
      return result.lotteryId;
    });
  }
}
