import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { ballotDecider } from '../ballot.decider';
import { loadCampaignFacts } from '../campaign-facts';
import { ballotStream, type BallotOption } from '../participation.events';

@Injectable()
export class OpenBallotUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: { campaignId: string; options: BallotOption[] }, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
      await this.store.handleIn(client, {
        decider: ballotDecider,
        stream: { tenantId: identity.tenant, ...ballotStream(campaign.campaignId) },
        command: { type: 'OpenBallot', campaign, options: input.options, now: new Date(), by: identity.sub },
        context: { idempotencyKey },
      });
    });
  }
}
