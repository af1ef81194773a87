import { Injectable, Module } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import type { EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { ingestConsumerGroup, ingestTopics } from './analytics-topics';
import { createEventIngester } from './ingest-event';

/** Consumes every domain topic into the analytics log and its projections, exactly once. */
@Injectable()
export class IngestService extends ServiceConsumer {
  private readonly ingestEvent = createEventIngester();

  protected definition() {
    return {
      groupId: ingestConsumerGroup,
      topics: ingestTopics(),
      component: 'analytics-ingest',
      handle: async (client: PoolClient, envelope: EventEnvelope) => void (await this.ingestEvent(client, envelope)),
    };
  }
}

@Module({ providers: [IngestService] })
export class IngestModule {}
