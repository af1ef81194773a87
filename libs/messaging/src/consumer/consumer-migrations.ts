import type { PoolClient } from 'pg';

/**
 * The shape of service-kit's `Migration`, spelled out: service-kit imports this library, so importing
 * it back, even for a type, would make the two a cycle.
 */
interface Migration {
  name: string;
  up: (client: PoolClient) => Promise<void>;
}

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
