import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { deadLetterTopic, domainTopics } from '@groundswell/events';
import { ensureTopics } from '@groundswell/messaging';
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

  // Members or moderation may not have published yet: the topics are created rather than waited for.
  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [...eligibilityTopics, deadLetterTopic(eligibilityGroup)], (message, extra) => this.log('warn', message, extra));
  }
}
