import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { deadLetterTopic, domainTopics } from '@groundswell/events';
import { ensureTopics } from '@groundswell/messaging';
import { recordKnownCommunity } from './record-known-community';

export const knownCommunitiesGroup = 'content.known-communities';
const topics = [domainTopics.members.community];

/** Learns the tenant's communities from gs.members.community, a second or so after they are created. */
@Injectable()
export class KnownCommunitiesConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: knownCommunitiesGroup, topics, component: 'content-known-communities', handle: recordKnownCommunity };
  }

  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [...topics, deadLetterTopic(knownCommunitiesGroup)], (message, extra) => this.log('warn', message, extra));
  }
}
