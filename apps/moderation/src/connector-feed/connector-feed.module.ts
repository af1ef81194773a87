import { Module } from '@nestjs/common';
import { ConnectorFeedConsumer } from './connector-feed.consumer';

@Module({ providers: [ConnectorFeedConsumer] })
export class ConnectorFeedModule {}
