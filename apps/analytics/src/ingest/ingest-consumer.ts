import { ExactlyOnceConsumer, type ConsumerLog, type KafkaClient } from '@groundswell/messaging';
import type { Pool } from 'pg';
import type { Registry } from 'prom-client';
import { ingestConsumerGroup, ingestTopics } from './analytics-topics';
import { createEventIngester } from './ingest-event';

export interface IngestConsumerOptions {
  kafka: KafkaClient;
  pool: Pool;
  groupId?: string;
  topics?: string[];
  metrics?: Registry;
  log?: ConsumerLog;
}

/** Consumes the domain topics into the analytics log and its projections, exactly once. */
export function createIngestConsumer(options: IngestConsumerOptions): ExactlyOnceConsumer {
  const ingestEvent = createEventIngester();
  return new ExactlyOnceConsumer({
    kafka: options.kafka,
    pool: options.pool,
    groupId: options.groupId ?? ingestConsumerGroup,
    topics: options.topics ?? ingestTopics(),
    handle: async (client, envelope) => void (await ingestEvent(client, envelope)),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
