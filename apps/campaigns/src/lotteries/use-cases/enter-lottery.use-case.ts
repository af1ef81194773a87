import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { lotteryDecider } from '../lottery.decider';
import { LotteryError } from '../lottery.error';
import { lotteryStream } from '../lottery.events';

@Injectable()
export class EnterLotteryUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: { lotteryId: string; memberId: string }, idempotencyKey?: string): Promise<void> {
    const { rows } = await this.store.pool.query<{ status: string | null }>(
      'SELECT c.status FROM lotteries l LEFT JOIN campaigns c ON c.tenant_id = l.tenant_id AND c.campaign_id = l.campaign_id WHERE l.tenant_id = $1 AND l.lottery_id = $2',
      [identity.tenant, input.lotteryId],
    );
    if (!rows[0]) throw new LotteryError('LOTTERY_NOT_FOUND', 'No such lottery', { lotteryId: input.lotteryId });
    await this.store.handle({
      decider: lotteryDecider,
      stream: { tenantId: identity.tenant, ...lotteryStream(input.lotteryId) },
      command: { type: 'EnterLottery', memberId: input.memberId, campaignStatus: rows[0].status ?? 'none', now: new Date(), by: identity.sub },
      context: { idempotencyKey },
      // Entries race on the lottery's stream; decided again on fresh state, a close in between refuses them.
      retryOnConflict: true,
    });
  }
}
