import { createEnvelope, type EventEnvelope } from '@groundswell/events';
import type { Migration } from '@groundswell/service-kit';
import type { Pool, PoolClient } from 'pg';
import { createTestDatabase, topicSize, type TestDatabase } from '@groundswell/test-kit';
import type { KafkaClient, KafkaMessage } from '../../kafka/kafka-client';
import { consumerMigrations } from '../consumer-migrations';
import type { ExactlyOnceConsumerOptions } from '../consumer-options';
import { ExactlyOnceConsumer } from '../exactly-once-consumer';

/** A tiny projection for exercising consumers: it sums the amounts of `CounterIncremented` events. */
export type CounterEvent = EventEnvelope<'groundswell.tests.CounterIncremented.v1', { amount: number }>;

let streamVersion = 0;

export function counterEvent(amount: number, subject = 'counter-1', time = new Date(Date.now() - 60_000)): CounterEvent {
  streamVersion += 1;
  return createEnvelope({
    type: 'groundswell.tests.CounterIncremented.v1',
    subject,
    tenantid: 'tenant-test',
    streamversion: streamVersion,
    time,
    data: { amount },
  });
}

/** No unique key on purpose: an event applied twice shows up as two rows. */
export const counterMigration: Migration = {
  name: 'test/0001-counter-effects',
  up: async (client) => void (await client.query('CREATE TABLE counter_effects (event_id uuid NOT NULL, amount int NOT NULL)')),
};

export async function applyCounter(client: PoolClient, envelope: EventEnvelope): Promise<void> {
  const { amount } = envelope.data as { amount: number };
  await client.query('INSERT INTO counter_effects (event_id, amount) VALUES ($1, $2)', [envelope.id, amount]);
}

export async function counterTotals(pool: Pool): Promise<{ rows: number; events: number; sum: number }> {
  const { rows } = await pool.query<{ rows: string; events: string; sum: string }>(
    'SELECT count(*) AS rows, count(DISTINCT event_id) AS events, coalesce(sum(amount), 0) AS sum FROM counter_effects',
  );
  return { rows: Number(rows[0]!.rows), events: Number(rows[0]!.events), sum: Number(rows[0]!.sum) };
}

/** Sum of the offsets a group has committed on a topic. */
export async function committedOffsets(kafka: KafkaClient, groupId: string, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return (offsets?.partitions ?? []).reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Every record of a (small) topic, read with a throwaway group. */
export async function readTopic(kafka: KafkaClient, topic: string, groupId: string): Promise<Array<KafkaMessage & { partition: number }>> {
  const expected = await topicSize(kafka, topic);
  const received: Array<KafkaMessage & { partition: number }> = [];
  if (expected === 0) return received;
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let done: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        received.push({ ...message, partition });
        if (received.length >= expected) done();
      },
    });
    await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error(`Read ${received.length} of ${expected} records of ${topic}`)), 30_000).unref())]);
    return received;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * A fresh counter database for each test, and every consumer a test makes stopped after it (before
 * the database is dropped). Registers its own jest hooks; call it inside `describe`.
 */
export function counterTestBed(label: string) {
  let database: TestDatabase | undefined;
  const consumers: ExactlyOnceConsumer[] = [];
  beforeEach(async () => {
    database = await createTestDatabase(label, [...consumerMigrations, counterMigration]);
  });
  afterEach(async () => {
    for (const consumer of consumers.splice(0)) await consumer.stop();
    await database?.drop();
  });
  return {
    get pool(): Pool {
      return database!.pool;
    },
    consumer(options: Omit<ExactlyOnceConsumerOptions, 'pool'>): ExactlyOnceConsumer {
      const consumer = new ExactlyOnceConsumer({ ...options, pool: database!.pool });
      consumers.push(consumer);
      return consumer;
    },
  };
}
