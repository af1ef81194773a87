import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { OriginalityCheck } from '../use-cases/originality-check';
import { checkSubmittedContent } from './content-submitted.handler';

export const contentOriginalityGroup = 'content.originality';
const topics = [domainTopics.content.contentItem];

/** Hears ContentSubmitted on gs.content.content-item and checks the item's originality, exactly once each. */
@Injectable()
export class ContentSubmittedConsumer extends ServiceConsumer {
  constructor(private readonly originality: OriginalityCheck) {
    super();
  }

  protected definition() {
    return { groupId: contentOriginalityGroup, topics, component: 'content-originality', handle: checkSubmittedContent(this.originality) };
  }
}
