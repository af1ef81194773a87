import { Module } from '@nestjs/common';
import { KnownCommunities } from './known-communities';
import { KnownCommunitiesConsumer } from './known-communities.consumer';

@Module({ providers: [KnownCommunities, KnownCommunitiesConsumer], exports: [KnownCommunities] })
export class KnownCommunitiesModule {}
