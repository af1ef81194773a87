import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { recordContentClicks } from './content-clicks.handler';

export const contentClicksGroup = 'campaigns.content-clicks';
const topics = [domainTopics.content.engagement];

/** Members' clicks on content promoting a campaign, from the content service, as touchpoints exactly once. */
@Injectable()
export class ContentClicksConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: contentClicksGroup, topics, component: 'content-clicks', handleBatch: recordContentClicks };
  }
}
