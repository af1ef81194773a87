import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { rewardGrantDecider } from '../reward-grant.decider';
import { rewardGrantStream } from '../reward.events';

export type GiftStep = { type: 'ShipGift'; carrier: string; trackingNumber: string } | { type: 'DeliverGift' } | { type: 'CancelGift'; reason: string };

@Injectable()
export class FulfilGiftUseCase {
  constructor(private readonly store: EventStore) {}

  /** Moves a gift grant along pending → shipped → delivered, or cancels it before delivery. */
  async execute(identity: Identity, grantId: string, step: GiftStep, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: rewardGrantDecider,
      stream: { tenantId: identity.tenant, ...rewardGrantStream(grantId) },
      command: { ...step, now: new Date(), by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
