import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { v7 as uuidv7 } from 'uuid';
import { contentItemDecider } from '../content-item.decider';
import { contentItemStream } from '../content-item.events';
import type { ItemContent } from '../content-item.values';
import { KnownCommunities } from '../known-communities/known-communities';

@Injectable()
export class CreateContentItemUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly communities: KnownCommunities,
  ) {}

  /** The new item's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, content: ItemContent, idempotencyKey?: string): Promise<string> {
    await this.communities.assertKnown(identity.tenant, content.communityIds);
    const contentItemId = uuidv7();
    const { result } = await this.store.handle({
      decider: contentItemDecider,
      stream: { tenantId: identity.tenant, ...contentItemStream(contentItemId) },
      command: { type: 'CreateContentItem', contentItemId, content, by: identity.sub },
      context: { idempotencyKey },
      result: () => ({ contentItemId }),
    });
    return result.contentItemId;
  }
}
