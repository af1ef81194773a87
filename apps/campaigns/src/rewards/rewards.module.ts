import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { RewardResolver } from './graphql/reward.resolver';
import { rewardProjections } from './reward.projection';
import { RewardQueries } from './reward.queries';
import { FulfilGiftUseCase } from './use-cases/fulfil-gift.use-case';
import { GrantRewardUseCase } from './use-cases/grant-reward.use-case';

@Module({
  providers: [eventStoreProvider(rewardProjections), RewardQueries, RewardResolver, GrantRewardUseCase, FulfilGiftUseCase],
})
export class RewardsModule {}
