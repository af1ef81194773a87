import { randomUUID } from 'node:crypto';
import { createEnvelope, PartnerPointsEarnedV1, toKafkaMessage } from '@groundswell/events';
import { eventually, testKafka, testKafkaBrokers, uniqueName } from '@groundswell/test-kit';
import { ensurePartnerTopic } from '@groundswell/messaging';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';

const day = 86_400_000;
const kafka = testKafka('partner-replay-test');

async function retentionOf(topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }] });
    return Number(resources[0]!.configEntries[0]!.configValue);
  } finally {
    await admin.disconnect();
  }
}

/** What docs/examples/partner-consumer.mjs does: plain KafkaJS, the group's offsets moved to the first record at or after `from` before it starts. */
async function replayFrom(topic: string, from: Date, onRecord: (id: string) => void) {
  const partner = new Kafka({ clientId: 'partner-replay', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  const groupId = `partner-replay-${randomUUID()}`;
  const admin = partner.admin();
  await admin.connect();
  try {
    const partitions = await admin.fetchTopicOffsetsByTimestamp(topic, from.getTime());
    await admin.setOffsets({ groupId, topic, partitions });
  } finally {
    await admin.disconnect();
  }
  const consumer = partner.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => onRecord(message.headers!.ce_id!.toString()) });
  return consumer;
}

describe('partner topics', () => {
  it('should keep records for the partner retention, raising a shorter one a topic already had', async () => {
    const topic = uniqueName('partner-retention');
    await ensurePartnerTopic(kafka, topic, { retentionDays: 30 });
    expect(await retentionOf(topic)).toBe(30 * day);

    const admin = kafka.admin();
    await admin.connect();
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [{ name: 'retention.ms', value: String(7 * day) }] }] });
    await admin.disconnect();
    await ensurePartnerTopic(kafka, topic, { retentionDays: 45 });
    expect(await retentionOf(topic)).toBe(45 * day);
  });

  it('should give a partner consumer started from a point in time exactly the records from that time on', async () => {
    const topic = uniqueName('partner-replay');
    await ensurePartnerTopic(kafka, topic, { retentionDays: 30 });
    const from = new Date(Date.now() - 3_600_000);
    // Twenty members' records a minute apart on both sides of `from`, spread over every partition.
    const records = Array.from({ length: 40 }, (_, index) => {
      const memberId = randomUUID();
      const time = new Date(from.getTime() + (index - 20) * 60_000);
      const envelope = createEnvelope({ type: PartnerPointsEarnedV1.type, subject: memberId, tenantid: 'replay', streamversion: 1, time, data: { memberId, points: 10, balance: 10 } });
      return { id: envelope.id, time, message: { ...toKafkaMessage(envelope), timestamp: String(time.getTime()) } };
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: records.map((record) => record.message) });
    await producer.disconnect();

    const received: string[] = [];
    const consumer = await replayFrom(topic, from, (id) => received.push(id));
    try {
      const expected = records.filter((record) => record.time >= from).map((record) => record.id);
      await eventually(() => expect(received.length).toBeGreaterThanOrEqual(expected.length), 60_000, 100);
      expect([...received].sort()).toEqual(expected.sort());
    } finally {
      await consumer.disconnect();
    }
  }, 90_000);
});
