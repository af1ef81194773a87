import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { rewardProjections } from '../rewards/reward.projection';
import { GrantRewardUseCase } from '../rewards/use-cases/grant-reward.use-case';
import { ReferralResolver } from './graphql/referral.resolver';
import { IdentityReplicaConsumer } from './identity-replica/identity-replica.consumer';
import { JoinReferralsConsumer } from './join-referrals/join-referrals.consumer';
import { referralProjections } from './referral.projection';
import { ReferralQueries } from './referral.queries';
import { AcceptReferralUseCase } from './use-cases/accept-referral.use-case';
import { ConfigureReferralProgrammeUseCase } from './use-cases/configure-referral-programme.use-case';
import { IssueReferralCodeUseCase } from './use-cases/issue-referral-code.use-case';
import { ReviewReferrerFlagUseCase } from './use-cases/review-referrer-flag.use-case';

// Threshold grants are appended in the acceptance's transaction, so this store projects reward grants too.
@Module({
  providers: [
    eventStoreProvider({ ...referralProjections, ...rewardProjections }),
    ReferralQueries,
    ReferralResolver,
    ConfigureReferralProgrammeUseCase,
    IssueReferralCodeUseCase,
    AcceptReferralUseCase,
    ReviewReferrerFlagUseCase,
    GrantRewardUseCase,
    IdentityReplicaConsumer,
    JoinReferralsConsumer,
  ],
})
export class ReferralsModule {}
