import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { MembersContext } from '../shared/members-context';
import { recordEngagementAsActivity } from './content-engagement.handler';

export const contentEngagementGroup = 'members.content-engagement';
const topics = [domainTopics.content.engagement];

/** Members' engagement with content counts as member activity for the lifecycle (exactly once per signal). */
@Injectable()
export class ContentEngagementConsumer extends ServiceConsumer {
  constructor(private readonly context: MembersContext) {
    super();
  }

  protected definition() {
    return { groupId: contentEngagementGroup, topics, component: 'content-engagement', handleBatch: recordEngagementAsActivity(this.context.store) };
  }
}
