import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { deadLetterTopic, domainTopics } from '@groundswell/events';
import { ensureTopics } from '@groundswell/messaging';
import { recordContentClicks } from './content-clicks.handler';

export const contentClicksGroup = 'campaigns.content-clicks';
const topics = [domainTopics.content.engagement];

/** Members' clicks on content promoting a campaign, from the content service, as touchpoints exactly once. */
@Injectable()
export class ContentClicksConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: contentClicksGroup, topics, component: 'content-clicks', handleBatch: recordContentClicks };
  }

  // Content may not have published engagement yet: the topic is created rather than waited for.
  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [...topics, deadLetterTopic(contentClicksGroup)], (message, extra) => this.log('warn', message, extra));
  }
}
