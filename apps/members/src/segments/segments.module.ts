import { Module } from '@nestjs/common';
import { SegmentResolver } from './graphql/segment.resolver';
import { SegmentTimeCheckService } from './membership/segment-time-check.service';
import { SegmentsConsumer } from './membership/segments.consumer';
import { SegmentQueries } from './segment-queries';
import { CreateSegmentUseCase } from './use-cases/create-segment.use-case';
import { DeleteSegmentUseCase } from './use-cases/delete-segment.use-case';
import { UpdateSegmentUseCase } from './use-cases/update-segment.use-case';

/** Saved dynamic segments whose membership follows the events that change it, and the passing of time. */
@Module({
  providers: [SegmentQueries, CreateSegmentUseCase, UpdateSegmentUseCase, DeleteSegmentUseCase, SegmentResolver, SegmentsConsumer, SegmentTimeCheckService],
})
export class SegmentsModule {}
