import { Module } from '@nestjs/common';
import { PartnerTopicRouter } from './partner-topic-router.consumer';

@Module({ providers: [PartnerTopicRouter] })
export class PartnerTopicsModule {}
