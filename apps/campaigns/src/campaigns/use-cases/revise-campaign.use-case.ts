import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { CampaignPlan } from '../campaign.values';
import { runCampaignCommand } from './run-campaign-command';

@Injectable()
export class ReviseCampaignUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, input: { id: string; plan: CampaignPlan }, idempotencyKey?: string): Promise<void> {
    return runCampaignCommand(this.store, identity.tenant, { type: 'ReviseCampaign', campaignId: input.id, plan: input.plan, by: identity.sub, now: new Date() }, idempotencyKey);
  }
}
