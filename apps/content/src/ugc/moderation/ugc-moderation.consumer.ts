import { Injectable } from '@nestjs/common';
import { EventStore, ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { applyModerationToContributions } from './apply-moderation';

export const ugcModerationGroup = 'content.ugc-moderation';
const topics = [domainTopics.moderation.textScreening, domainTopics.moderation.memberSanctions];

/** Screening verdicts show or hide contributions; `delete_content` sanctions take them down (exactly once). */
@Injectable()
export class UgcModerationConsumer extends ServiceConsumer {
  constructor(private readonly store: EventStore) {
    super();
  }

  protected definition() {
    return { groupId: ugcModerationGroup, topics, component: 'ugc-moderation', handle: applyModerationToContributions(this.store) };
  }
}
