import { Module } from '@nestjs/common';
import { ModerationSanctionsConsumer } from './moderation-sanctions.consumer';

/** The moderation service's sanctions, as they change who is in which community. */
@Module({ providers: [ModerationSanctionsConsumer] })
export class ModerationSanctionsModule {}
