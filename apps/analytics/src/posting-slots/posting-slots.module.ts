import { Module } from '@nestjs/common';
import { CommunityPostingSlotsResolver } from './graphql/community-posting-slots.resolver';
import { PostingSlotQueries } from './posting-slots.queries';

@Module({ providers: [PostingSlotQueries, CommunityPostingSlotsResolver] })
export class PostingSlotsModule {}
