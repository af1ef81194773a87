import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import { loadCampaignFacts } from '../campaign-facts';
import { participationDecider } from '../participation.decider';
import { participationStream } from '../participation.events';

@Injectable()
export class CheckInUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly eligibility: CampaignEligibility,
  ) {}

  /** Checks the member in for today in their time zone (the campaign's when not given); once a day. */
  async execute(identity: Identity, input: { campaignId: string; memberId: string; timeZone?: string | null }, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(
      async (client) => {
        const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
        const eligibility = await this.eligibility.check(identity.tenant, input.memberId, campaign, client);
        await this.store.handleIn(client, {
          decider: participationDecider,
          stream: { tenantId: identity.tenant, ...participationStream(campaign.campaignId, input.memberId) },
          command: { type: 'CheckIn', campaign, memberId: input.memberId, eligibility, timeZone: input.timeZone ?? campaign.timeZone, now: new Date() },
          commandName: 'CheckIn',
          context: { idempotencyKey },
        });
      },
      { retryOnConflict: true },
    );
  }
}
