import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { loadCampaignFacts } from '../campaign-facts';
import { registrationStream } from '../participation.events';
import { registrationDecider } from '../registration.decider';
import { lockRegistrationBook } from './registration-book-lock';

@Injectable()
export class CancelRegistrationUseCase {
  constructor(private readonly store: EventStore) {}

  /** Frees the member's seat for whoever waited longest, or takes them out of line. */
  async execute(identity: Identity, input: { campaignId: string; memberId: string }, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
      await lockRegistrationBook(client, identity.tenant, campaign.campaignId);
      await this.store.handleIn(client, {
        decider: registrationDecider,
        stream: { tenantId: identity.tenant, ...registrationStream(campaign.campaignId) },
        command: { type: 'CancelRegistration', campaignId: campaign.campaignId, memberId: input.memberId, now: new Date(), by: identity.sub },
        commandName: 'CancelRegistration',
        context: { idempotencyKey },
      });
    });
  }
}
