import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { ReviewChecklist } from '../content-item.values';
import { runContentItemCommand } from './run-content-item-command';

export interface ReviewInput {
  decision: 'approve' | 'reject';
  checklist: ReviewChecklist;
  comment?: string | null;
}

@Injectable()
export class ReviewContentItemUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, contentItemId: string, input: ReviewInput, idempotencyKey?: string): Promise<void> {
    const command = { type: 'ReviewContentItem' as const, contentItemId, decision: input.decision, checklist: input.checklist, comment: input.comment ?? undefined, by: identity.sub };
    return runContentItemCommand(this.store, identity.tenant, command, { idempotencyKey });
  }
}
