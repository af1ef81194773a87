import { deadLetterTopic, type EventEnvelope } from '@groundswell/events';
import { createTopic, eventually, produceEvents, testKafka, uniqueName } from '@groundswell/test-kit';
import type { Pool, PoolClient } from 'pg';
import { Registry } from 'prom-client';
import { applyCounter, committedOffsets, counterEvent, counterTestBed, counterTotals, readTopic } from './__fixtures__/counter.fixture';
import type { MessageContext } from './consumer-options';
import { ExactlyOnceConsumer } from './exactly-once-consumer';
import { headerText } from '../dead-letters/dead-letter-headers';

const handledCount = async (registry: Registry, outcome: string) => {
  const metric = (await registry.getMetricsAsJSON()).find((candidate) => candidate.name === 'consumer_messages_total');
  const values = (metric?.values ?? []) as Array<{ value: number; labels: Record<string, string | number> }>;
  return values.filter((value) => value.labels.outcome === outcome).reduce((sum, value) => sum + value.value, 0);
};

/** How many transactions committed the processed-message records: one per batch. */
const transactions = async (pool: Pool) =>
  Number((await pool.query<{ count: string }>('SELECT count(DISTINCT xmin::text) AS count FROM processed_messages')).rows[0]!.count);

describe(`${ExactlyOnceConsumer.name} in batches`, () => {
  const kafka = testKafka('batched-consumer-test');
  const bed = counterTestBed('batched_consumer');

  it('should dead-letter a poison message in the middle of a batch and apply its neighbours once, in order, in few transactions', async () => {
    const topic = uniqueName('batch-poison');
    const groupId = uniqueName('batch-poison-group');
    const registry = new Registry();
    await createTopic(kafka, topic, 1);
    await bed.pool.query('CREATE TABLE applied_order (seq bigserial PRIMARY KEY, message_offset bigint NOT NULL)');
    const events = Array.from({ length: 201 }, (_, index) => counterEvent(index + 1, `stream-${index % 7}`));
    const poison = events[100]!;
    let poisonAttempts = 0;
    const handle = async (client: PoolClient, envelope: EventEnvelope, context: MessageContext) => {
      if (envelope.id === poison.id) {
        poisonAttempts += 1;
        throw new Error('cannot apply the poison');
      }
      await applyCounter(client, envelope);
      await client.query('INSERT INTO applied_order (message_offset) VALUES ($1)', [context.offset]);
    };
    // Produced before the consumer starts, so the first fetch holds the poison and both its sides.
    await produceEvents(kafka, topic, events);
    await bed.consumer({ kafka, groupId, topics: [topic], handle, maxAttempts: 3, backoff: { initialMs: 20, maxMs: 100 }, metrics: registry }).start();

    await eventually(async () => expect(await committedOffsets(kafka, groupId, topic)).toBe(201), 60_000);
    const [letter, ...more] = await readTopic(kafka, deadLetterTopic(groupId), uniqueName('dlq-reader'));
    const { rows } = await bed.pool.query<{ message_offset: string }>('SELECT message_offset FROM applied_order ORDER BY seq');
    const batches = await transactions(bed.pool);
    console.log(`delivered=201 applied=${rows.length} dead_lettered=${1 + more.length} poison_attempts=${poisonAttempts} transactions=${batches}`);
    expect(more).toHaveLength(0);
    expect(headerText(letter!.headers, 'ce_id')).toBe(poison.id);
    expect(headerText(letter!.headers, 'dlq_original_offset')).toBe('100');
    expect(headerText(letter!.headers, 'dlq_attempts')).toBe('3');
    expect(poisonAttempts).toBe(3);
    expect(rows.map((row) => Number(row.message_offset))).toEqual(events.map((_, offset) => offset).filter((offset) => offset !== 100));
    expect(await counterTotals(bed.pool)).toEqual({ rows: 200, events: 200, sum: 201 * 202 / 2 - 101 });
    expect(await handledCount(registry, 'applied')).toBe(200);
    expect(await handledCount(registry, 'duplicate')).toBe(0);
    expect(batches).toBeLessThan(10);
  });

  it('should apply each event once when it crashed after the database commit and before the offset commit', async () => {
    const topic = uniqueName('batch-crash');
    const groupId = uniqueName('batch-crash-group');
    await createTopic(kafka, topic, 2);
    const before = Array.from({ length: 300 }, (_, index) => counterEvent(1, `stream-${index % 11}`));
    await produceEvents(kafka, topic, before);
    const first = bed.consumer({ kafka, groupId, topics: [topic], handle: applyCounter });
    await first.start();
    await eventually(async () => expect(await committedOffsets(kafka, groupId, topic)).toBe(300), 60_000);
    await first.stop();

    // What a crash between the two commits leaves: every effect in PostgreSQL, no offset in Kafka.
    const admin = kafka.admin();
    await admin.connect();
    await admin.setOffsets({ groupId, topic, partitions: [0, 1].map((partition) => ({ partition, offset: '0' })) }).finally(() => admin.disconnect());
    expect(await committedOffsets(kafka, groupId, topic)).toBe(0);
    const after = Array.from({ length: 100 }, (_, index) => counterEvent(2, `stream-${index % 11}`));
    await produceEvents(kafka, topic, after);
    const registry = new Registry();
    await bed.consumer({ kafka, groupId, topics: [topic], handle: applyCounter, metrics: registry }).start();

    await eventually(async () => expect(await committedOffsets(kafka, groupId, topic)).toBe(400), 60_000);
    const [applied, duplicates] = [await handledCount(registry, 'applied'), await handledCount(registry, 'duplicate')];
    console.log(`delivered=${300 + 400} applied=${300 + applied} redelivered_as_duplicates=${duplicates}`);
    expect(await counterTotals(bed.pool)).toEqual({ rows: 400, events: 400, sum: 300 + 200 });
    expect(applied).toBe(100);
    expect(duplicates).toBe(300);
  });
});
