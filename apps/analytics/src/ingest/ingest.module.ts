import { Injectable, Module } from '@nestjs/common';
import { ServiceConsumer, type ServiceConsumerDefinition } from '@groundswell/event-store';
import { ingestConsumerGroup, ingestTopics } from './analytics-topics';
import { createBatchIngester } from './ingest-event';

/** What the analytics ingest consumes and how it applies a batch of events; tests run it on topics of their own. */
export function ingestConsumerDefinition(): ServiceConsumerDefinition {
  return {
    groupId: ingestConsumerGroup,
    topics: ingestTopics(),
    component: 'analytics-ingest',
    handleBatch: createBatchIngester(),
  };
}

/** Consumes every domain topic into the analytics log and its projections, exactly once. */
@Injectable()
export class IngestService extends ServiceConsumer {
  private readonly consumed = ingestConsumerDefinition();

  protected definition() {
    return this.consumed;
  }
}

@Module({ providers: [IngestService] })
export class IngestModule {}
