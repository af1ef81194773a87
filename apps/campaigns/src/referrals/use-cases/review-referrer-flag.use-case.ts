import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { FlagOutcome } from '../referral.events';
import { referrerStream } from '../referral.events';
import { referrerDecider } from '../referrer.decider';

@Injectable()
export class ReviewReferrerFlagUseCase {
  constructor(private readonly store: EventStore) {}

  /** An operator's verdict on a flagged referrer; a confirmed one earns nothing from later invites. */
  async execute(identity: Identity, input: { campaignId: string; referrerId: string; outcome: FlagOutcome; note: string }, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: referrerDecider,
      stream: { tenantId: identity.tenant, ...referrerStream(input.campaignId, input.referrerId.trim()) },
      command: { type: 'ReviewReferrerFlag', outcome: input.outcome, note: input.note, now: new Date(), by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
