import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { segmentMembershipHandler } from './segment-membership.handler';

export const segmentsGroup = 'members.segments';

/** The topics whose events can change who matches a segment. */
export const segmentTopics = [domainTopics.members.member, domainTopics.members.points, domainTopics.members.memberTags, domainTopics.members.activity];

/** Moves members into and out of segments as the facts about them change (DESIGN §6, exactly once). */
@Injectable()
export class SegmentsConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: segmentsGroup, topics: segmentTopics, component: 'segments', handle: segmentMembershipHandler };
  }
}
