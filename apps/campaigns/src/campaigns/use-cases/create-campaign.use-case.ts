import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { campaignDecider } from '../campaign.decider';
import { campaignStream } from '../campaign.events';
import type { CampaignKind, CampaignPlan } from '../campaign.values';

@Injectable()
export class CreateCampaignUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new campaign's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, input: { kind: CampaignKind; plan: CampaignPlan }, idempotencyKey?: string): Promise<string> {
    const campaignId = randomUUID();
    const { result } = await this.store.handle({
      decider: campaignDecider,
      stream: { tenantId: identity.tenant, ...campaignStream(campaignId) },
      command: { type: 'CreateCampaign', campaignId, kind: input.kind, plan: input.plan, by: identity.sub, now: new Date() },
      context: { idempotencyKey },
      result: () => ({ campaignId }),
    });
    return result.campaignId;
  }
}
