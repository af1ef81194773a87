import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import { loadCampaignFacts } from '../campaign-facts';
import { decideOnRegistrationBook } from './registration-book-lock';

@Injectable()
export class RegisterUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly eligibility: CampaignEligibility,
  ) {}

  /** A seat while there are seats, else a place in line; registering again changes nothing. */
  async execute(identity: Identity, input: { campaignId: string; memberId: string }, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const campaign = await loadCampaignFacts(client, identity.tenant, input.campaignId);
      const eligibility = await this.eligibility.check(identity.tenant, input.memberId, campaign, client);
      const book = { tenantId: identity.tenant, campaignId: campaign.campaignId };
      await decideOnRegistrationBook(this.store, client, book, { type: 'Register', campaign, memberId: input.memberId, registrationId: randomUUID(), eligibility, now: new Date() }, idempotencyKey);
    });
  }
}
