import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { deadLetterTopic, domainTopic } from '@groundswell/events';
import { ensureTopics } from '@groundswell/messaging';
import { recordKnownParties } from './record-known-party';

export const knownPartiesGroup = 'moderation.known-parties';
const topics = [domainTopic('members', 'community'), domainTopic('members', 'member')];

@Injectable()
export class KnownPartiesConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: knownPartiesGroup, topics, component: 'known-parties', handleBatch: recordKnownParties };
  }

  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [...topics, deadLetterTopic(knownPartiesGroup)], (message, extra) => this.log('warn', message, extra));
  }
}
