import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import { decideParticipation } from './decide-participation';

@Injectable()
export class CheckInUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly eligibility: CampaignEligibility,
  ) {}

  /** Checks the member in for today in their time zone (the campaign's when not given); once a day. */
  async execute(identity: Identity, input: { campaignId: string; memberId: string; timeZone?: string | null }, idempotencyKey?: string): Promise<void> {
    await decideParticipation(
      this.store,
      this.eligibility,
      identity,
      input,
      ({ campaign, eligibility }) => ({ type: 'CheckIn', campaign, memberId: input.memberId, eligibility, timeZone: input.timeZone ?? campaign.timeZone, now: new Date() }),
      idempotencyKey,
    );
  }
}
