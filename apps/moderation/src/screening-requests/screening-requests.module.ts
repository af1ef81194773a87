import { Module } from '@nestjs/common';
import { CaseworkStoreModule } from '../casework/casework-store.module';
import { ReviewQueueModule } from '../review-queue/review-queue.module';
import { ScreeningModule } from '../screening/screening.module';
import { SCREENING_CLOCK, ScreeningRequestsConsumer } from './screening-requests.consumer';

/** Screening by event (MOD-18): content and UGC ask on the request topic, the verdict goes out as an event. */
@Module({
  imports: [CaseworkStoreModule, ScreeningModule, ReviewQueueModule],
  providers: [{ provide: SCREENING_CLOCK, useValue: () => new Date() }, ScreeningRequestsConsumer],
})
export class ScreeningRequestsModule {}
