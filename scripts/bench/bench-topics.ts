import { toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { ExactlyOnceConsumer, reliableProducerOptions, type ExactlyOnceConsumerOptions, type KafkaClient } from '@groundswell/messaging';
import { createTestDatabase, uniqueName } from '@groundswell/test-kit';
import type { Pool } from 'pg';

// Shared by the consumer benches: topics filled once, timed exactly-once consumers and bare KafkaJS reads of them.

const sendBatch = 500;

export type Handler = Pick<ExactlyOnceConsumerOptions, 'handle' | 'handleBatch' | 'maxBatchSize' | 'partitionsConsumedConcurrently'>;

export async function produce(kafka: KafkaClient, topic: string, events: readonly EventEnvelope[]): Promise<void> {
  const producer = kafka.producer(reliableProducerOptions);
  await producer.connect();
  try {
    for (let from = 0; from < events.length; from += sendBatch) {
      await producer.send({ topic, acks: -1, messages: events.slice(from, from + sendBatch).map(toKafkaMessage) });
    }
  } finally {
    await producer.disconnect();
  }
}

export async function withDatabase<T>(label: string, migrations: Parameters<typeof createTestDatabase>[1], run: (pool: Pool) => Promise<T>): Promise<T> {
  const database = await createTestDatabase(label, migrations);
  try {
    return await run(database.pool);
  } finally {
    await database.drop();
  }
}

/**
 * Seconds from the consumer's first transaction until every message of the topic is recorded as
 * processed, so joining the group is not counted.
 */
export async function consumeAll(kafka: KafkaClient, pool: Pool, topic: string, total: number, handler: Handler): Promise<number> {
  let started: bigint | undefined;
  const groupId = uniqueName('bench-consumer');
  const timed: Handler = handler.handleBatch
    ? { ...handler, handleBatch: (client, events) => ((started ??= process.hrtime.bigint()), handler.handleBatch!(client, events)) }
    : { ...handler, handle: (client, envelope, context) => ((started ??= process.hrtime.bigint()), handler.handle!(client, envelope, context)) };
  const consumer = new ExactlyOnceConsumer({ ...timed, kafka, pool, groupId, topics: [topic] });
  await consumer.start();
  try {
    for (;;) {
      const { rows } = await pool.query<{ processed: number }>('SELECT count(*)::int AS processed FROM processed_messages WHERE consumer_group = $1', [groupId]);
      if (rows[0]!.processed >= total) return Number(process.hrtime.bigint() - started!) / 1e9;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await consumer.stop();
  }
}

/** Seconds KafkaJS takes to hand over every message of the topic, from its first batch. */
export async function readOnly(kafka: KafkaClient, topic: string, total: number): Promise<number> {
  const consumer = kafka.consumer({ groupId: uniqueName('bench-read-only') });
  let started: bigint | undefined;
  let received = 0;
  let done: (seconds: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (done = resolve));
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        started ??= process.hrtime.bigint();
        received += batch.messages.length;
        if (received >= total) done(Number(process.hrtime.bigint() - started) / 1e9);
      },
    });
    return await finished;
  } finally {
    await consumer.disconnect();
  }
}
