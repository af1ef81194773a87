import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { EndReason } from '../campaign.values';
import { runCampaignCommand } from './run-campaign-command';

/** An operator's lifecycle step: one of schedule, pause, resume or end early. */
export type CampaignMove =
  | { type: 'ScheduleCampaign' }
  | { type: 'PauseCampaign'; reason: string }
  | { type: 'ResumeCampaign' }
  | { type: 'EndCampaign'; reason: Extract<EndReason, 'operator'> };

@Injectable()
export class MoveCampaignUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, campaignId: string, move: CampaignMove, idempotencyKey?: string): Promise<void> {
    return runCampaignCommand(this.store, identity.tenant, { ...move, campaignId, by: identity.sub, now: new Date() }, idempotencyKey);
  }
}
