import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { campaignDraftDecider } from '../campaign-draft.decider';
import { campaignDraftStream } from '../campaign-draft.events';

export interface RenameCampaignDraftInput {
  id: string;
  title: string;
}

@Injectable()
export class RenameCampaignDraftUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: RenameCampaignDraftInput, idempotencyKey?: string): Promise<void> {
    // The stream is looked up in the caller's tenant, so another tenant's id is simply NOT_FOUND.
    await this.store.handle({
      decider: campaignDraftDecider,
      stream: { tenantId: identity.tenant, ...campaignDraftStream(input.id) },
      command: { type: 'RenameCampaignDraft', campaignDraftId: input.id, title: input.title, by: identity.sub },
      commandName: 'RenameCampaignDraft',
      context: { idempotencyKey },
    });
  }
}
