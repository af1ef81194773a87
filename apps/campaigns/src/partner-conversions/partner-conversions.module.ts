import { Module } from '@nestjs/common';
import { PartnerConversionsConsumer } from './partner-conversions.consumer';

@Module({ providers: [PartnerConversionsConsumer] })
export class PartnerConversionsModule {}
