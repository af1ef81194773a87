import { Injectable } from '@nestjs/common';
import { EventStore, ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { recordTextScreened } from './text-screened.handler';

export const contentScreeningGroup = 'content.item-screening';
const topics = [domainTopics.moderation.textScreening];

/** Hears moderation's verdicts on content variants (gs.moderation.text-screening), exactly once each. */
@Injectable()
export class TextScreenedConsumer extends ServiceConsumer {
  constructor(private readonly store: EventStore) {
    super();
  }

  protected definition() {
    return { groupId: contentScreeningGroup, topics, component: 'content-item-screening', handle: recordTextScreened(this.store) };
  }
}
