import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { applyEligibilityFacts } from './apply-fact-changes';

export const eligibilityGroup = 'campaigns.eligibility';

/** Where the facts eligibility rests on are published: memberships and consent, segments, sanctions. */
export const eligibilityTopics = [domainTopics.members.member, domainTopics.members.segmentMembership, domainTopics.moderation.memberSanctions];

/** Keeps the eligibility replica current from other services' events, exactly once, a batch at a time. */
@Injectable()
export class EligibilityConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: eligibilityGroup, topics: eligibilityTopics, component: 'eligibility', handleBatch: applyEligibilityFacts };
  }
}
