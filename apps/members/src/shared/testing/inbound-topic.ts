import { ExactlyOnceConsumer, type ExactlyOnceConsumerOptions } from '@groundswell/messaging';
import { createTopic, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';

/**
 * A fresh topic another service publishes on, the members consumer of it writing to `database`, and
 * a producer standing in for the publisher. Call `start()` inside the test's `try` and `stop()` in
 * its `finally`, before the database is dropped.
 */
export async function anInboundTopic(database: TestDatabase, labels: { topic: string; group: string }, handler: Pick<ExactlyOnceConsumerOptions, 'handle' | 'handleBatch'>) {
  const kafka = testKafka();
  const topic = uniqueName(labels.topic);
  await createTopic(kafka, topic, 3);
  const groupId = uniqueName(labels.group);
  const consumer = new ExactlyOnceConsumer({ kafka, groupId, topics: [topic], pool: database.pool, ...handler, backoff: { initialMs: 50, maxMs: 500 } });
  const producer = kafka.producer();
  return {
    topic,
    groupId,
    producer,
    start: () => Promise.all([consumer.start(), producer.connect()]),
    stop: () => Promise.allSettled([consumer.stop(), producer.disconnect()]),
  };
}
