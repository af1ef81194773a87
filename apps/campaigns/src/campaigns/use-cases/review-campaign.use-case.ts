import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PostMortem } from '../campaign.values';
import { runCampaignCommand } from './run-campaign-command';

@Injectable()
export class ReviewCampaignUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, input: { id: string; postMortem: PostMortem }, idempotencyKey?: string): Promise<void> {
    return runCampaignCommand(this.store, identity.tenant, { type: 'ReviewCampaign', campaignId: input.id, postMortem: input.postMortem, by: identity.sub, now: new Date() }, idempotencyKey);
  }
}
