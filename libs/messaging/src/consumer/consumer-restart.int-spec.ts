import { deadLetterTopic, toKafkaMessage } from '@groundswell/events';
import { createTestDatabase, createTopic, eventually, freshDatabase, testKafka, topicSize, uniqueName } from '@groundswell/test-kit';
import { committedOffsets, counterEvent, counterMigration } from './__fixtures__/counter.fixture';
import { consumerMigrations } from './consumer-migrations';
import { ExactlyOnceConsumer } from './exactly-once-consumer';

describe(`${ExactlyOnceConsumer.name} after a crash KafkaJS won't restart from`, () => {
  const kafka = testKafka('consumer-restart-test');
  const database = freshDatabase('test', () => createTestDatabase('consumer_restart', [...consumerMigrations, counterMigration]));

  it('should restart itself with backoff and keep the message it could not dead-letter', async () => {
    const topic = uniqueName('restart');
    const groupId = uniqueName('restart-group');
    await createTopic(kafka, topic, 1);
    // The broker takes a record up to ~1 MB; the dead letter's extra headers push this one over,
    // which KafkaJS reports as non-retriable.
    const message = toKafkaMessage(counterEvent(1, 'huge'));
    const value = Buffer.from(JSON.stringify({ amount: 1, padding: 'x'.repeat(1_046_000) }));
    const restarts: number[] = [];
    const consumer = new ExactlyOnceConsumer({
      kafka,
      groupId,
      topics: [topic],
      pool: database.pool,
      maxAttempts: 1,
      handle: async () => {
        throw new Error(`handler failed: ${'detail '.repeat(500)}`);
      },
      log: (_level, text) => {
        if (text.endsWith('restarting it')) restarts.push(Date.now());
      },
    });
    await consumer.start();
    try {
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ ...message, value }] });
      await producer.disconnect();

      await eventually(() => expect(restarts.length).toBeGreaterThanOrEqual(3), 60_000);
    } finally {
      await consumer.stop();
    }
    const committed = await committedOffsets(kafka, groupId, topic);
    const deadLettered = await topicSize(kafka, deadLetterTopic(groupId));
    const gaps = restarts.slice(1).map((at, index) => at - restarts[index]!);
    console.log(`delivered=1 applied=0 dead_lettered=${deadLettered} committed=${committed} restarts=${restarts.length} gaps_ms=${gaps.join(',')}`);
    expect(committed).toBe(0);
    expect(deadLettered).toBe(0);
    // The second restart waits backoffDelay(2) of 1–2 s: the delay grows instead of hammering the broker.
    expect(gaps[1]).toBeGreaterThanOrEqual(1_000);
  });
});
