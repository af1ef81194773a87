import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { OriginalityResolver } from './graphql/originality.resolver';
import { originalityProjections } from './originality.projection';
import { OriginalityQueries } from './originality.queries';
import { ContentSubmittedConsumer } from './submission/content-submitted.consumer';
import { OriginalityCheck } from './use-cases/originality-check';

/** Checks every submitted item (ContentSubmitted, by Kafka); exports OriginalityCheck for direct calls. */
@Module({
  providers: [eventStoreProvider(originalityProjections), OriginalityQueries, OriginalityCheck, OriginalityResolver, ContentSubmittedConsumer],
  exports: [OriginalityCheck],
})
export class OriginalityModule {}
