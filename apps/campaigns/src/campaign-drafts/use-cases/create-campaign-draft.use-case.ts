import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { campaignDraftDecider } from '../campaign-draft.decider';
import { campaignDraftStream } from '../campaign-draft.events';

export interface CreateCampaignDraftInput {
  title: string;
}

@Injectable()
export class CreateCampaignDraftUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new campaign draft's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, input: CreateCampaignDraftInput, idempotencyKey?: string): Promise<string> {
    const campaignDraftId = randomUUID();
    const { result } = await this.store.handle({
      decider: campaignDraftDecider,
      stream: { tenantId: identity.tenant, ...campaignDraftStream(campaignDraftId) },
      command: { type: 'CreateCampaignDraft', campaignDraftId, title: input.title, by: identity.sub },
      commandName: 'CreateCampaignDraft',
      context: { idempotencyKey },
      result: () => ({ campaignDraftId }),
    });
    return result.campaignDraftId;
  }
}
