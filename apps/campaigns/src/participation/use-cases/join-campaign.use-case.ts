import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PromotionChannel } from '../../campaigns/campaign.values';
import { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import { loadCampaignFacts } from '../campaign-facts';
import { participationDecider } from '../participation.decider';
import { participationStream } from '../participation.events';

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
    await this.store.transaction(
      async (client) => {
        const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
        const eligibility = await this.eligibility.check(identity.tenant, input.memberId, campaign, client);
        await this.store.handleIn(client, {
          decider: participationDecider,
          stream: { tenantId: identity.tenant, ...participationStream(campaign.campaignId, input.memberId) },
          command: { type: 'JoinCampaign', campaign, memberId: input.memberId, eligibility, channel: input.channel ?? null, referralCode: input.referralCode ?? null, now: new Date() },
          commandName: 'JoinCampaign',
          context: { idempotencyKey },
        });
      },
      // A concurrent join of the same member conflicts on the stream; decided again, it finds them joined.
      { retryOnConflict: true },
    );
  }
}
