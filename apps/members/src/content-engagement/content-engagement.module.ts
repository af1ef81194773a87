import { Module } from '@nestjs/common';
import { ContentEngagementConsumer } from './content-engagement.consumer';

/** The content service's engagement signals, as member activity. */
@Module({ providers: [ContentEngagementConsumer] })
export class ContentEngagementModule {}
