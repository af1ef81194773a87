import { Module } from '@nestjs/common';
import { SegmentResolver } from './graphql/segment.resolver';
import { SegmentsConsumer } from './membership/segments.consumer';
import { SegmentQueries } from './segment-queries';
import { CreateSegmentUseCase } from './use-cases/create-segment.use-case';

/** Saved dynamic segments whose membership follows the events that change it. */
@Module({ providers: [SegmentQueries, CreateSegmentUseCase, SegmentResolver, SegmentsConsumer] })
export class SegmentsModule {}
