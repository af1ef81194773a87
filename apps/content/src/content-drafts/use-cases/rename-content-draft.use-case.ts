import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contentDraftDecider } from '../content-draft.decider';
import { contentDraftStream } from '../content-draft.events';

export interface RenameContentDraftInput {
  id: string;
  title: string;
}

@Injectable()
export class RenameContentDraftUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: RenameContentDraftInput, idempotencyKey?: string): Promise<void> {
    // The stream is looked up in the caller's tenant, so another tenant's id is simply NOT_FOUND.
    await this.store.handle({
      decider: contentDraftDecider,
      stream: { tenantId: identity.tenant, ...contentDraftStream(input.id) },
      command: { type: 'RenameContentDraft', contentDraftId: input.id, title: input.title, by: identity.sub },
      commandName: 'RenameContentDraft',
      context: { idempotencyKey },
    });
  }
}
