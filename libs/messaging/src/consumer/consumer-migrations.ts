// A type-only import: service-kit imports this library at runtime, so a value import would be a cycle.
import type { Migration } from '@groundswell/service-kit';

const processedMessagesSql = `
  CREATE TABLE processed_messages (
    consumer_group text NOT NULL,
    event_id uuid NOT NULL,
    topic text NOT NULL,
    partition int NOT NULL,
    "offset" bigint NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, event_id)
  )`;

/** Tables every database that runs an ExactlyOnceConsumer needs; add them to the service's migrations. */
export const consumerMigrations: Migration[] = [
  { name: 'messaging/0001-processed-messages', up: async (client) => void (await client.query(processedMessagesSql)) },
];
