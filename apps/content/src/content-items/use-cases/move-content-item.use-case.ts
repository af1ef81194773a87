import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { ContentItemCommand } from '../content-item.commands';
import { runContentItemCommand } from './run-content-item-command';

/** An operator's step after approval: schedule, unschedule, publish now, fast-track, archive. */
export type ContentItemMove =
  | { type: 'ScheduleContentItem'; publishAt: Date }
  | { type: 'UnscheduleContentItem' }
  | { type: 'PublishContentItem' }
  | { type: 'FastTrackContentItem'; reason: string }
  | { type: 'ArchiveContentItem' };

@Injectable()
export class MoveContentItemUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, contentItemId: string, move: ContentItemMove, idempotencyKey?: string): Promise<void> {
    const command = { ...move, contentItemId, by: identity.sub, now: new Date() } as ContentItemCommand;
    return runContentItemCommand(this.store, identity.tenant, command, { idempotencyKey });
  }
}
