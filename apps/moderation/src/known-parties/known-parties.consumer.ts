import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopic } from '@groundswell/events';
import { recordKnownParties } from './record-known-party';

export const knownPartiesGroup = 'moderation.known-parties';
const topics = [domainTopic('members', 'community'), domainTopic('members', 'member')];

@Injectable()
export class KnownPartiesConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: knownPartiesGroup, topics, component: 'known-parties', handleBatch: recordKnownParties };
  }
}
