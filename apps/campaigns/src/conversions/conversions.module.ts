import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { ContentClicksConsumer } from './content-clicks/content-clicks.consumer';
import { conversionProjections } from './conversion.projection';
import { ConversionQueries } from './conversion.queries';
import { CampaignConversionsResolver } from './graphql/campaign-conversions.resolver';
import { ConversionResolver } from './graphql/conversion.resolver';
import { RecordConversionUseCase } from './use-cases/record-conversion.use-case';
import { RefundConversionUseCase } from './use-cases/refund-conversion.use-case';
import { ConversionWebhookController } from './webhook/conversion-webhook.controller';

@Module({
  controllers: [ConversionWebhookController],
  providers: [eventStoreProvider(conversionProjections), ContentClicksConsumer, ConversionQueries, ConversionResolver, CampaignConversionsResolver, RecordConversionUseCase, RefundConversionUseCase],
})
export class ConversionsModule {}
