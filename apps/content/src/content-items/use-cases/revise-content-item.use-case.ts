import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { ItemContent } from '../content-item.values';
import { KnownCommunities } from '../known-communities/known-communities';
import { runContentItemCommand } from './run-content-item-command';

@Injectable()
export class ReviseContentItemUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly communities: KnownCommunities,
  ) {}

  async execute(identity: Identity, contentItemId: string, content: ItemContent, idempotencyKey?: string): Promise<void> {
    await this.communities.assertKnown(identity.tenant, content.communityIds);
    await runContentItemCommand(this.store, identity.tenant, { type: 'ReviseContentItem', contentItemId, content, by: identity.sub }, { idempotencyKey });
  }
}
