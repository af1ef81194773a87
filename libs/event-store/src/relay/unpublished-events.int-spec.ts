import { randomUUID } from 'node:crypto';
import { consumerMigrations, ExactlyOnceConsumer } from '@groundswell/messaging';
import type { Migration } from '@groundswell/service-kit';
import { createTestDatabase, createTopic, eventually, testKafka, uniqueName } from '@groundswell/test-kit';
import { appendToStream } from '../store/event-store';
import { eventStoreMigrations } from '../store/event-store.migrations';
import { withTransaction } from '../store/transaction';
import { OutboxRelay } from './outbox-relay';
import { loadCheckpoint } from './relay-checkpoint';

const received: Migration = {
  name: 'test/0001-received',
  up: async (client) => void (await client.query('CREATE TABLE received (event_id uuid PRIMARY KEY, received_at timestamptz NOT NULL DEFAULT clock_timestamp())')),
};

const internalType = 'groundswell.moderation.CrisisAlertAcknowledged.v1';
const publishedType = 'groundswell.moderation.CrisisAlertRaised.v1';

describe('OutboxRelay: events kept in the service', () => {
  it('should publish only what topicFor names, and move its checkpoint past the events it keeps', async () => {
    const database = await createTestDatabase('relay_unpublished', [...eventStoreMigrations, ...consumerMigrations, received]);
    const kafka = testKafka();
    const topic = uniqueName('relay-unpublished');
    await createTopic(kafka, topic, 1);
    const name = uniqueName('relay-unpublished');
    const relay = new OutboxRelay({ name, pool: database.pool, databaseUrl: database.url, kafka, topicFor: (event) => (event.type === internalType ? undefined : topic), pollIntervalMs: 100 });
    const consumer = new ExactlyOnceConsumer({
      kafka,
      groupId: uniqueName('relay-unpublished-group'),
      topics: [topic],
      pool: database.pool,
      handle: async (client, envelope) => void (await client.query('INSERT INTO received (event_id) VALUES ($1)', [envelope.id])),
    });
    const append = (streamId: string, types: string[]) =>
      withTransaction(database.pool, (client) =>
        appendToStream(client, { tenantId: 'acme', streamId, streamType: 'crisis-alert' }, 0, types.map((type) => ({ type, data: {} })), { correlationId: randomUUID() }),
      );
    const receivedIds = async () => (await database.pool.query<{ event_id: string }>('SELECT event_id FROM received ORDER BY received_at')).rows.map((row) => row.event_id);
    try {
      await consumer.start();
      relay.start();
      const [raised] = await append('crisis-alert-1', [publishedType, internalType]);
      await eventually(async () => expect(await receivedIds()).toEqual([raised!.eventId]), 20_000);

      await append('crisis-alert-2', [internalType]);
      const [later] = await append('crisis-alert-3', [publishedType]);
      await eventually(async () => expect(await receivedIds()).toEqual([raised!.eventId, later!.eventId]), 20_000);

      expect((await loadCheckpoint(database.pool, name)).globalPosition).toBe(later!.globalPosition);
    } finally {
      await Promise.allSettled([relay.stop(), consumer.stop()]);
      await database.drop();
    }
  }, 60_000);
});
