import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { loadCampaignFacts } from '../campaign-facts';
import { registrationStream } from '../participation.events';
import { registrationDecider } from '../registration.decider';
import { lockRegistrationBook } from './registration-book-lock';

@Injectable()
export class OpenRegistrationUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: { campaignId: string; capacity: number }, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
      await lockRegistrationBook(client, identity.tenant, campaign.campaignId);
      await this.store.handleIn(client, {
        decider: registrationDecider,
        stream: { tenantId: identity.tenant, ...registrationStream(campaign.campaignId) },
        command: { type: 'OpenRegistration', campaign, capacity: input.capacity, now: new Date(), by: identity.sub },
        commandName: 'OpenRegistration',
        context: { idempotencyKey },
      });
    });
  }
}
