import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { lotteryDecider } from '../lottery.decider';
import { lotteryStream } from '../lottery.events';

@Injectable()
export class CloseLotteryEntriesUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, lotteryId: string, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: lotteryDecider,
      stream: { tenantId: identity.tenant, ...lotteryStream(lotteryId) },
      command: { type: 'CloseLotteryEntries', by: identity.sub },
      context: { idempotencyKey },
      retryOnConflict: true,
    });
  }
}
