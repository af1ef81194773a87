import { Module } from '@nestjs/common';
import { RewardGrantsConsumer } from './reward-grants.consumer';

/** Rewards granted by other services (campaigns' reward grants), as points and badges. */
@Module({ providers: [RewardGrantsConsumer] })
export class RewardGrantsModule {}
