import { OutboxRelay } from '@groundswell/event-store';
import { ExactlyOnceConsumer, type EventHandler } from '@groundswell/messaging';
import { createTopic, testKafka, uniqueName } from '@groundswell/test-kit';
import type { TestDatabase } from '@groundswell/test-kit';

/**
 * The members service's own path, all real: event store → outbox relay → Kafka → exactly-once
 * consumer → the same database. Topics are per test run (one per stream type, as in production).
 */
export async function startMembersEventPipeline(database: TestDatabase, label: string, streamTypes: string[], handle: EventHandler) {
  const kafka = testKafka();
  const topicOf = Object.fromEntries(streamTypes.map((type) => [type, uniqueName(`${label}-${type}`)]));
  const ignored = uniqueName(`${label}-other`);
  for (const topic of [...Object.values(topicOf), ignored]) await createTopic(kafka, topic, 3);
  const relay = new OutboxRelay({ name: uniqueName(label), pool: database.pool, databaseUrl: database.url, kafka, topicFor: (event) => topicOf[event.streamType] ?? ignored, pollIntervalMs: 100 });
  const consumer = new ExactlyOnceConsumer({ kafka, groupId: uniqueName(`${label}-group`), topics: Object.values(topicOf), pool: database.pool, handle, backoff: { initialMs: 50, maxMs: 500 } });
  relay.start();
  await consumer.start();
  return {
    async stop() {
      await Promise.allSettled([relay.stop(), consumer.stop()]);
    },
  };
}
