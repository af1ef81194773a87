import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { loadCampaignFacts } from '../campaign-facts';
import { decideOnRegistrationBook } from './registration-book-lock';

@Injectable()
export class CancelRegistrationUseCase {
  constructor(private readonly store: EventStore) {}

  /** Frees the member's seat for whoever waited longest, or takes them out of line. */
  async execute(identity: Identity, input: { campaignId: string; memberId: string }, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
      const book = { tenantId: identity.tenant, campaignId: campaign.campaignId };
      await decideOnRegistrationBook(this.store, client, book, { type: 'CancelRegistration', campaignId: campaign.campaignId, memberId: input.memberId, now: new Date(), by: identity.sub }, idempotencyKey);
    });
  }
}
