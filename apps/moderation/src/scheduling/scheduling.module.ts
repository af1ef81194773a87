import { Module } from '@nestjs/common';
import { CrisisModule } from '../crisis/crisis.module';
import { SanctionsModule } from '../sanctions/sanctions.module';
import { MODERATION_CLOCK, ModerationScheduler } from './moderation-scheduler';

@Module({
  imports: [SanctionsModule, CrisisModule],
  providers: [{ provide: MODERATION_CLOCK, useValue: () => new Date() }, ModerationScheduler],
})
export class ModerationSchedulingModule {}
