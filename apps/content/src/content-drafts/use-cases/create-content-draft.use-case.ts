import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contentDraftDecider } from '../content-draft.decider';
import { contentDraftStream } from '../content-draft.events';

export interface CreateContentDraftInput {
  title: string;
}

@Injectable()
export class CreateContentDraftUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new content draft's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, input: CreateContentDraftInput, idempotencyKey?: string): Promise<string> {
    const contentDraftId = randomUUID();
    const { result } = await this.store.handle({
      decider: contentDraftDecider,
      stream: { tenantId: identity.tenant, ...contentDraftStream(contentDraftId) },
      command: { type: 'CreateContentDraft', contentDraftId, title: input.title, by: identity.sub },
      commandName: 'CreateContentDraft',
      context: { idempotencyKey },
      result: () => ({ contentDraftId }),
    });
    return result.contentDraftId;
  }
}
