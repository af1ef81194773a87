import { deadLetterTopic } from '@groundswell/events';
import { createTestDatabase, createTopic, eventually, produceEvents, testKafka, topicSize, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import type { PoolClient } from 'pg';
import { applyCounter, counterEvent, counterMigration, counterTotals } from './__fixtures__/counter.fixture';
import { consumerMigrations } from './consumer-migrations';
import type { ConsumerLog } from './consumer-options';
import { ExactlyOnceConsumer } from './exactly-once-consumer';
import type { EventEnvelope } from '@groundswell/events';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`${ExactlyOnceConsumer.name} during a database outage`, () => {
  const kafka = testKafka('database-outage-test');
  let database: TestDatabase;
  let consumer: ExactlyOnceConsumer | undefined;

  beforeEach(async () => {
    database = await createTestDatabase('database_outage', [...consumerMigrations, counterMigration]);
  });

  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
    await database.drop();
  });

  it('should pause on killed connections and apply every event exactly once, dead-lettering nothing', async () => {
    const topic = uniqueName('pg-kill');
    const groupId = uniqueName('pg-kill-group');
    await createTopic(kafka, topic, 3);
    const events = Array.from({ length: 1_500 }, (_, index) => counterEvent((index % 5) + 1, `stream-${index % 30}`));
    let outages = 0;
    const log: ConsumerLog = (_level, message) => {
      if (message.startsWith('Infrastructure failure')) outages += 1;
    };
    // Slow enough that a kill usually finds the consumer inside a transaction.
    const slowly = async (client: PoolClient, envelope: EventEnvelope) => {
      await client.query('SELECT pg_sleep(0.002)');
      await applyCounter(client, envelope);
    };
    consumer = new ExactlyOnceConsumer({ kafka, groupId, topics: [topic], pool: database.pool, handle: slowly, maxAttempts: 2, log });
    await consumer.start();
    await produceEvents(kafka, topic, events);

    const databaseName = new URL(database.url).pathname.slice(1);
    let kills = 0;
    await eventually(async () => expect((await counterTotals(database.pool)).rows).toBeGreaterThan(100), 60_000);
    for (let round = 0; round < 5; round++) {
      const { rowCount } = await database.pool.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [databaseName],
      );
      kills += rowCount ?? 0;
      await sleep(400);
    }

    await eventually(async () => expect((await counterTotals(database.pool)).events).toBe(events.length), 90_000);
    const totals = await counterTotals(database.pool);
    const dlq = await topicSize(kafka, deadLetterTopic(groupId));
    console.log(
      `delivered=${events.length} applied=${totals.rows} duplicated=${totals.rows - totals.events} lost=${events.length - totals.events} ` +
        `backends_killed=${kills} outages_seen=${outages} dead_lettered=${dlq}`,
    );
    expect(totals).toEqual({ rows: events.length, events: events.length, sum: events.reduce((sum, event) => sum + event.data.amount, 0) });
    expect(outages).toBeGreaterThan(0);
    expect(dlq).toBe(0);
  });
});
