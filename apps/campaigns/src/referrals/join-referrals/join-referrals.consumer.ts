import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { AcceptReferralUseCase } from '../use-cases/accept-referral.use-case';
import { acceptJoinReferrals } from './join-referrals.handler';

export const joinReferralsGroup = 'campaigns.join-referrals';
const topics = [domainTopics.campaigns.participation];

/** Campaign joins that came with a referral code, accepted as referrals exactly once. */
@Injectable()
export class JoinReferralsConsumer extends ServiceConsumer {
  constructor(private readonly accept: AcceptReferralUseCase) {
    super();
  }

  protected definition() {
    return { groupId: joinReferralsGroup, topics, component: 'join-referrals', handle: acceptJoinReferrals(this.accept) };
  }
}
