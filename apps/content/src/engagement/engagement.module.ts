import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { engagementProjections } from './engagement.projection';
import { EngagementQueries } from './engagement.queries';
import { EngagementResolver } from './graphql/engagement.resolver';
import { RecordEngagementUseCase } from './record-engagement.use-case';
import { EngagementWebhookController } from './webhook/engagement-webhook.controller';

/** Engagement signals (CNT-50…61) in batches: a GraphQL mutation and a JSON webhook, appended per community and day. */
@Module({
  controllers: [EngagementWebhookController],
  providers: [eventStoreProvider(engagementProjections), EngagementQueries, EngagementResolver, RecordEngagementUseCase],
})
export class EngagementModule {}
