import { OutboxRelay } from '@groundswell/event-store';
import { ExactlyOnceConsumer, type EventHandler } from '@groundswell/messaging';
import { createTopic, eventually, testKafka, uniqueName } from '@groundswell/test-kit';
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
  const groupId = uniqueName(`${label}-group`);
  const consumer = new ExactlyOnceConsumer({ kafka, groupId, topics: Object.values(topicOf), pool: database.pool, handle, backoff: { initialMs: 50, maxMs: 500 } });
  relay.start();
  await consumer.start();
  return {
    /** Waits until the consumer has handled every event appended so far: later events then have a clear cause. */
    async caughtUp(timeoutMs = 10_000) {
      await eventually(async () => {
        const { rows } = await database.pool.query<{ pending: string }>(
          `SELECT count(*) AS pending FROM events e WHERE e.stream_type = ANY($1)
             AND NOT EXISTS (SELECT 1 FROM processed_messages p WHERE p.consumer_group = $2 AND p.event_id = e.event_id)`,
          [streamTypes, groupId],
        );
        expect(Number(rows[0].pending)).toBe(0);
      }, timeoutMs);
    },
    async stop() {
      await Promise.allSettled([relay.stop(), consumer.stop()]);
    },
  };
}
