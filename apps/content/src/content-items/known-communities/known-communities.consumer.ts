import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { recordKnownCommunity } from './record-known-community';

export const knownCommunitiesGroup = 'content.known-communities';
const topics = [domainTopics.members.community];

/** Learns the tenant's communities from gs.members.community, a second or so after they are created. */
@Injectable()
export class KnownCommunitiesConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: knownCommunitiesGroup, topics, component: 'content-known-communities', handle: recordKnownCommunity };
  }
}
