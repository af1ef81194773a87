import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PromotionChannel } from '../../campaigns/campaign.values';
import { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import { decideParticipation } from './decide-participation';

export interface JoinCampaignInput {
  campaignId: string;
  memberId: string;
  channel?: PromotionChannel | null;
  referralCode?: string | null;
}

@Injectable()
export class JoinCampaignUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly eligibility: CampaignEligibility,
  ) {}

  /** Joins the member if the campaign runs and they are eligible; joining again changes nothing. */
  async execute(identity: Identity, input: JoinCampaignInput, idempotencyKey?: string): Promise<void> {
    await decideParticipation(
      this.store,
      this.eligibility,
      identity,
      input,
      ({ campaign, eligibility }) => ({ type: 'JoinCampaign', campaign, memberId: input.memberId, eligibility, channel: input.channel ?? null, referralCode: input.referralCode ?? null, now: new Date() }),
      idempotencyKey,
    );
  }
}
