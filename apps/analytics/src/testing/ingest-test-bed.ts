import type { EventEnvelope } from '@groundswell/events';
import { ExactlyOnceConsumer, type ExactlyOnceConsumerOptions } from '@groundswell/messaging';
import { createTopic, eventually, produceEvents, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import type { Pool } from 'pg';
import { ingestConsumerDefinition } from '../ingest/ingest.module';
import type { AnalyticsProjection } from '../rebuild/analytics-projection';
import { rebuildProjection } from '../rebuild/rebuild-projection';
import { expectSameRows, snapshotTables } from '../rebuild/testing/projection-tables';
import { createAnalyticsDatabase, ingestAll } from './analytics-database';

/**
 * A fresh analytics database for each test, and the ingest consumer a test starts stopped after it
 * (before the database is dropped). Registers its own jest hooks; call it inside `describe`.
 */
export function ingestTestBed(label: string, clientId: string) {
  const kafka = testKafka(clientId);
  let database: TestDatabase;
  let consumer: ExactlyOnceConsumer | undefined;

  beforeEach(async () => {
    database = await createAnalyticsDatabase(label);
  });

  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
    await database.drop();
  });

  /** Creates a two-partition topic for each label, named so no other run uses it. */
  async function createTopics(...labels: string[]): Promise<string[]> {
    const topics = labels.map((label) => uniqueName(label));
    await Promise.all(topics.map((topic) => createTopic(kafka, topic, 2)));
    return topics;
  }

  /** Starts analytics' ingest consumer on the topics, in a group of its own unless given one. */
  async function startIngest(topics: string[], options: Partial<Pick<ExactlyOnceConsumerOptions, 'groupId' | 'backoff'>> = {}): Promise<void> {
    const { handleBatch } = ingestConsumerDefinition();
    consumer = new ExactlyOnceConsumer({ kafka, pool: database.pool, groupId: uniqueName('analytics-ingest'), topics, handleBatch, ...options });
    await consumer.start();
  }

  return {
    kafka,
    get pool(): Pool {
      return database.pool;
    },
    createTopics,
    startIngest,
    /** Starts the ingest consumer on a fresh topic per label and produces that label's deliveries (redeliveries included) to it. */
    async ingestFromKafka(deliveries: Record<string, readonly EventEnvelope[]>): Promise<void> {
      const topics = await createTopics(...Object.keys(deliveries));
      await startIngest(topics);
      for (const [index, events] of Object.values(deliveries).entries()) await produceEvents(kafka, topics[index]!, events);
    },
    /** Waits up to a minute for the consumer to have written `count` rows to `table`. */
    async untilRows(table: string, count: number): Promise<void> {
      await eventually(async () => {
        const { rows } = await database.pool.query(`SELECT count(*)::int AS written FROM ${table}`);
        expect(rows[0].written).toBe(count);
      }, 60_000);
    },
  };
}

/**
 * Ingests the events one by one, copies what that left in the projection's tables, and rebuilds the
 * projection online; the answer expects a live table to hold exactly that copy's rows.
 */
export async function rebuildAfterIngest(pool: Pool, events: readonly EventEnvelope[], projection: AnalyticsProjection, batchSize: number) {
  await ingestAll(pool, events);
  await snapshotTables(pool, projection.tables, 'projected_at_ingest');
  await rebuildProjection(pool, projection, { batchSize });
  return { expectAsIngested: (table: string) => expectSameRows(pool, table, 'projected_at_ingest') };
}
