import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ConversionsModule } from './conversions/conversions.module';
import { CouponsModule } from './coupons/coupons.module';
import { ContestsModule } from './contests/contests.module';
import { LotteriesModule } from './lotteries/lotteries.module';
import { QuizzesModule } from './quizzes/quizzes.module';
import { PartnerConversionsModule } from './partner-conversions/partner-conversions.module';
import { ParticipationModule } from './participation/participation.module';
import { ReferralsModule } from './referrals/referrals.module';
import { RewardsModule } from './rewards/rewards.module';

export const campaignsApplication: ServiceApplicationOptions = {
  features: [CampaignsModule, CouponsModule, ConversionsModule, PartnerConversionsModule, LotteriesModule, QuizzesModule, ContestsModule, ReferralsModule, RewardsModule, ParticipationModule],
};
