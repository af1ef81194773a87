import { randomBytes } from 'node:crypto';
import { toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { createKafkaClient, KafkaNames, reliableProducerOptions, type KafkaClient } from '@groundswell/messaging';

export const testKafkaBrokers = () => (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

export function testKafka(clientId = 'groundswell-test'): KafkaClient {
  return createKafkaClient({ clientId, brokers: testKafkaBrokers(), logLevel: 'error', log: () => undefined });
}

/** A topic's name on the broker for the e2e platform, which runs in its own deployment namespace (e2e-setup.ts). */
export const e2eBrokerTopic = (topic: string): string => new KafkaNames(process.env.GROUNDSWELL_E2E_ENV).physical(topic);

/** A topic or group name no other test run uses. */
export function uniqueName(label: string): string {
  return `test.${label}.${Date.now().toString(36)}.${randomBytes(3).toString('hex')}`;
}

export async function createTopic(kafka: KafkaClient, topic: string, partitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

/** Sends the events to the topic as the relay does: idempotent producer, every replica acknowledging. */
export async function produceEvents(kafka: KafkaClient, topic: string, events: readonly EventEnvelope[]): Promise<void> {
  const producer = kafka.producer(reliableProducerOptions);
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: events.map(toKafkaMessage) });
  } finally {
    await producer.disconnect();
  }
}

/** Sum of the partitions' high watermarks: every record ever written to the topic (0 before it exists). */
export async function topicSize(kafka: KafkaClient, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return 0;
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, partition) => sum + Number(partition.high), 0);
  } finally {
    await admin.disconnect();
  }
}
