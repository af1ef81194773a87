import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deadLetterTopic, toKafkaMessage } from '@groundswell/events';
import { createTopic, eventually, produceEvents, testKafka, topicSize, uniqueName } from '@groundswell/test-kit';
import type { PoolClient } from 'pg';
import { Registry } from 'prom-client';
import { applyCounter, committedOffsets, counterEvent, counterTestBed, counterTotals, readTopic } from '../consumer/__fixtures__/counter.fixture';
import type { ExactlyOnceConsumer } from '../consumer/exactly-once-consumer';
import type { EventEnvelope } from '@groundswell/events';
import { deadLetterHeadersFor, headerText } from './dead-letter-headers';
import { replayDeadLetters } from './replay-dead-letters';

const repositoryRoot = join(__dirname, '../../../..');
const run = promisify(execFile);

describe(replayDeadLetters.name, () => {
  const kafka = testKafka('dead-letters-test');
  const bed = counterTestBed('dead_letters');
  let consumer: ExactlyOnceConsumer;

  it('should park a poison message, move its partition on, and apply it exactly once after a fix and a replay', async () => {
    const topic = uniqueName('poison');
    const groupId = uniqueName('poison-group');
    const registry = new Registry();
    await createTopic(kafka, topic, 3);
    // One stream, so one partition: the poison sits in front of the events behind it.
    const events = Array.from({ length: 10 }, (_, index) => counterEvent(index + 1, 'poisoned-stream'));
    const poison = events[3]!;
    let fixed = false;
    let poisonAttempts = 0;
    const handle = async (client: PoolClient, envelope: EventEnvelope) => {
      if (envelope.id === poison.id && !fixed) {
        poisonAttempts += 1;
        throw Object.assign(new Error(`cannot apply ${envelope.id}`), { code: 'POISON_PILL' });
      }
      await applyCounter(client, envelope);
    };
    consumer = bed.consumer({
      kafka,
      groupId,
      topics: [topic],
      handle,
      maxAttempts: 3,
      backoff: { initialMs: 20, maxMs: 100 },
      metrics: registry,
    });
    await consumer.start();
    await produceEvents(kafka, topic, events);

    const dlq = deadLetterTopic(groupId);
    await eventually(async () => {
      expect((await counterTotals(bed.pool)).events).toBe(9);
      expect(await topicSize(kafka, dlq)).toBe(1);
      expect(await committedOffsets(kafka, groupId, topic)).toBe(10);
    }, 60_000);
    const [letter] = await readTopic(kafka, dlq, uniqueName('dlq-reader'));
    const original = toKafkaMessage(poison);
    const { rows: partitions } = await bed.pool.query<{ partition: number }>('SELECT DISTINCT partition FROM processed_messages');
    expect(partitions).toHaveLength(1);
    expect(letter!.key?.toString()).toBe(original.key);
    expect(letter!.value?.toString()).toBe(original.value.toString());
    for (const [name, value] of Object.entries(original.headers)) expect(headerText(letter!.headers, name)).toBe(value);
    expect(headerText(letter!.headers, 'dlq_error')).toBe(`cannot apply ${poison.id}`);
    expect(headerText(letter!.headers, 'dlq_error_code')).toBe('POISON_PILL');
    expect(headerText(letter!.headers, 'dlq_original_topic')).toBe(topic);
    expect(headerText(letter!.headers, 'dlq_original_partition')).toBe(String(partitions[0]!.partition));
    expect(headerText(letter!.headers, 'dlq_original_offset')).toBe('3');
    expect(headerText(letter!.headers, 'dlq_consumer_group')).toBe(groupId);
    expect(headerText(letter!.headers, 'dlq_attempts')).toBe('3');
    expect(Date.parse(headerText(letter!.headers, 'dlq_failed_at')!)).toBeGreaterThan(Date.now() - 120_000);
    expect(poisonAttempts).toBe(3);
    const deadLettered = (await registry.getSingleMetric('consumer_dead_letters_total')!.get()).values;
    expect(deadLettered).toEqual([{ value: 1, labels: { group: groupId, topic } }]);

    fixed = true;
    expect(await replayDeadLetters({ kafka, groupId })).toEqual({ replayed: 1, skipped: 0 });
    await eventually(async () => expect((await counterTotals(bed.pool)).events).toBe(10), 60_000);
    expect(await replayDeadLetters({ kafka, groupId })).toEqual({ replayed: 0, skipped: 0 });

    const totals = await counterTotals(bed.pool);
    const delivered = await topicSize(kafka, topic);
    console.log(`delivered=${delivered} applied=${totals.rows} dead_lettered=1 replayed=1 duplicated=${totals.rows - totals.events} lost=${10 - totals.events}`);
    expect(delivered).toBe(11);
    expect(totals).toEqual({ rows: 10, events: 10, sum: 55 });
    expect(poisonAttempts).toBe(3);
    const replayedCopy = (await readTopic(kafka, topic, uniqueName('topic-reader'))).find((message) => message.offset === '10');
    expect(headerText(replayedCopy?.headers, 'ce_id')).toBe(poison.id);
    expect(headerText(replayedCopy?.headers, 'dlq_replayed_at')).toBeDefined();
    expect(headerText(replayedCopy?.headers, 'dlq_error')).toBeUndefined();
  });

  it('should dead-letter a malformed message at once and go on with the next one', async () => {
    const topic = uniqueName('malformed');
    const groupId = uniqueName('malformed-group');
    await createTopic(kafka, topic, 1);
    let handled = 0;
    consumer = bed.consumer({
      kafka,
      groupId,
      topics: [topic],
      handle: async (client, envelope) => {
        handled += 1;
        await applyCounter(client, envelope);
      },
    });
    await consumer.start();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'x', value: 'not json', headers: { 'content-type': 'application/json' } }] });
    await producer.disconnect();
    const valid = counterEvent(7, 'after-the-bad-one');
    await produceEvents(kafka, topic, [valid]);

    await eventually(async () => expect(await topicSize(kafka, deadLetterTopic(groupId))).toBe(1), 60_000);
    await eventually(async () => expect((await counterTotals(bed.pool)).events).toBe(1), 60_000);
    const [letter] = await readTopic(kafka, deadLetterTopic(groupId), uniqueName('dlq-reader'));
    console.log(`delivered=2 applied=${handled} dead_lettered=1 attempts=${headerText(letter!.headers, 'dlq_attempts')}`);
    expect(letter!.value?.toString()).toBe('not json');
    expect(headerText(letter!.headers, 'dlq_error_code')).toBe('MALFORMED_EVENT');
    expect(headerText(letter!.headers, 'dlq_attempts')).toBe('1');
    expect(handled).toBe(1);
  });

  it('should replay from the command line, once', async () => {
    const topic = uniqueName('cli-replay');
    const groupId = uniqueName('cli-replay-group');
    await createTopic(kafka, topic, 1);
    await createTopic(kafka, deadLetterTopic(groupId), 1);
    const event = counterEvent(3, 'cli-stream');
    const message = toKafkaMessage(event);
    const failure = { error: new Error('was broken'), consumerGroup: groupId, topic, partition: 0, offset: '0', attempts: 5, failedAt: new Date() };
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: deadLetterTopic(groupId), acks: -1, messages: [{ ...message, headers: deadLetterHeadersFor(message.headers, failure) }] });
    await producer.disconnect();

    const cli = () =>
      run(join(repositoryRoot, 'node_modules/.bin/node'), ['scripts/dlq-replay.ts', groupId], { cwd: repositoryRoot, timeout: 60_000 });
    const first = await cli();
    const second = await cli();
    console.log(`cli: ${first.stdout.trim()} | then: ${second.stdout.trim()}`);
    expect(first.stdout).toContain('replayed=1 skipped=0');
    expect(second.stdout).toContain('replayed=0 skipped=0');
    expect(first.stderr).toBe('');
    const replayed = await readTopic(kafka, topic, uniqueName('topic-reader'));
    expect(replayed).toHaveLength(1);
    expect(replayed[0]!.key?.toString()).toBe(event.subject);
    expect(headerText(replayed[0]!.headers, 'ce_id')).toBe(event.id);
    expect(Object.keys(replayed[0]!.headers ?? {}).filter((name) => name.startsWith('dlq_'))).toEqual(['dlq_replayed_at']);
  });
});
