import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { MembersContext } from '../shared/members-context';
import { earnRewards } from './reward-grants.handler';

export const rewardGrantsGroup = 'members.reward-grants';
/** The topics of every event type in `rewardEarnings`. */
export const rewardTopics = [domainTopics.campaigns.rewardGrant, domainTopics.content.contribution];

/** Points and badges other services grant, earned exactly once (issue 14). */
@Injectable()
export class RewardGrantsConsumer extends ServiceConsumer {
  constructor(private readonly context: MembersContext) {
    super();
  }

  protected definition() {
    return { groupId: rewardGrantsGroup, topics: rewardTopics, component: 'reward-grants', handle: earnRewards(this.context) };
  }
}
