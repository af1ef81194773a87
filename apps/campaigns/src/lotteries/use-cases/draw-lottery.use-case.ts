import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { lotteryDecider } from '../lottery.decider';
import { lotteryStream } from '../lottery.events';

@Injectable()
export class DrawLotteryUseCase {
  constructor(private readonly store: EventStore) {}

  /** Reveals the seed and records the winners it gives; the decider refuses a seed that breaks the commitment. */
  async execute(identity: Identity, input: { lotteryId: string; seed: string }, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: lotteryDecider,
      stream: { tenantId: identity.tenant, ...lotteryStream(input.lotteryId) },
      command: { type: 'DrawLottery', seed: input.seed, now: new Date(), by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
