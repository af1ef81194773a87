import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { campaignMigrations } from './campaigns/campaign.migrations';
import { conversionMigrations } from './conversions/conversion.migrations';
import { couponMigrations } from './coupons/coupon.migrations';
import { eligibilityMigrations } from './eligibility/eligibility.migrations';
import { participationMigrations } from './participation/participation.migrations';
import { partnerConversionsMigrations } from './partner-conversions/partner-conversions.migrations';
import { contestMigrations } from './contests/contest.migrations';
import { lotteryMigrations } from './lotteries/lottery.migrations';
import { quizMigrations } from './quizzes/quiz.migrations';
import { referralMigrations } from './referrals/referral.migrations';
import { rewardMigrations } from './rewards/reward.migrations';

/** Its port, database and servers are in the service registry (libs/service-kit/src/registry). */
export const campaignsService: ServiceDefinition = {
  name: 'campaigns',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...campaignMigrations, ...couponMigrations, ...conversionMigrations, ...eligibilityMigrations, ...participationMigrations, ...lotteryMigrations, ...quizMigrations, ...contestMigrations, ...referralMigrations, ...rewardMigrations, ...partnerConversionsMigrations],
};
