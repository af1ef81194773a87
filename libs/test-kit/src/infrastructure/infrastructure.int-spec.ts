import { createClient } from 'redis';
import { Client } from 'pg';
import { createTopic, testKafka, uniqueName } from '../kafka';
import { testPostgresUrl } from '../database';
import { eventually } from '../eventually';

describe('local infrastructure', () => {
  it('should produce and consume a keyed Kafka record with headers', async () => {
    const kafka = testKafka();
    const topic = uniqueName('infra');
    await createTopic(kafka, topic, 1);
    const producer = kafka.producer();
    const consumer = kafka.consumer({ groupId: uniqueName('infra-group') });
    const received: Array<{ key?: string; value?: string; header?: string }> = [];
    await Promise.all([producer.connect(), consumer.connect()]);
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          received.push({
            key: message.key?.toString(),
            value: message.value?.toString(),
            header: message.headers?.['ce_type']?.toString(),
          });
        },
      });
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key: 'stream-42', value: '{"hello":"kafka"}', headers: { ce_type: 'groundswell.test.Pinged.v1' } }],
      });
      await eventually(() => expect(received).toHaveLength(1), 30_000);
      expect(received[0]).toEqual({ key: 'stream-42', value: '{"hello":"kafka"}', header: 'groundswell.test.Pinged.v1' });
    } finally {
      await Promise.all([producer.disconnect(), consumer.disconnect()]);
    }
  });

  it('should round-trip a row through PostgreSQL', async () => {
    const client = new Client({ connectionString: testPostgresUrl('postgres') });
    await client.connect();
    try {
      await client.query('CREATE TEMP TABLE round_trip (id int PRIMARY KEY, note text NOT NULL)');
      await client.query('INSERT INTO round_trip VALUES ($1, $2)', [7, '社群运营']);
      const { rows } = await client.query('SELECT id, note FROM round_trip');
      expect(rows).toEqual([{ id: 7, note: '社群运营' }]);
    } finally {
      await client.end();
    }
  });

  it('should round-trip a key through Redis', async () => {
    const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
    await redis.connect();
    const key = uniqueName('redis');
    try {
      await redis.set(key, 'groundswell', { expiration: { type: 'EX', value: 60 } });
      expect(await redis.get(key)).toBe('groundswell');
    } finally {
      await redis.del(key);
      await redis.close();
    }
  });
});
