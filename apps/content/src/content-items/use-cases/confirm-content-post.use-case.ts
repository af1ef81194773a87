import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { ContentPlatform } from '../content-item.values';
import { runContentItemCommand } from './run-content-item-command';

export interface PostConfirmation {
  contentItemId: string;
  platform: ContentPlatform;
  platformPostId: string;
  url: string;
}

/** A connector says the variant is live on its platform; the same confirmation again changes nothing. */
@Injectable()
export class ConfirmContentPostUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, confirmation: PostConfirmation): Promise<void> {
    return runContentItemCommand(this.store, identity.tenant, { type: 'ConfirmContentPost', ...confirmation, by: identity.sub });
  }
}
