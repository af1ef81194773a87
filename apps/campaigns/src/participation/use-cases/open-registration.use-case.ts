import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { loadCampaignFacts } from '../campaign-facts';
import { decideOnRegistrationBook } from './registration-book-lock';

@Injectable()
export class OpenRegistrationUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: { campaignId: string; capacity: number }, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
      const book = { tenantId: identity.tenant, campaignId: campaign.campaignId };
      await decideOnRegistrationBook(this.store, client, book, { type: 'OpenRegistration', campaign, capacity: input.capacity, now: new Date(), by: identity.sub }, idempotencyKey);
    });
  }
}
