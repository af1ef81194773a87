import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { v7 as uuidv7 } from 'uuid';
import { contentPlatforms } from '../content-item.values';
import { runContentItemCommand } from './run-content-item-command';

/** Into review: moderation is asked (by event) to screen every variant. */
@Injectable()
export class SubmitContentItemUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, contentItemId: string, idempotencyKey?: string, now = new Date()): Promise<void> {
    // A fresh screening id per platform; the decider uses those of the variants the item has.
    const screeningIds = Object.fromEntries(contentPlatforms.map((platform) => [platform, uuidv7()]));
    return runContentItemCommand(this.store, identity.tenant, { type: 'SubmitContentItem', contentItemId, screeningIds, now, by: identity.sub }, { idempotencyKey });
  }
}
