import { randomBytes } from 'node:crypto';
import { createKafkaClient, KafkaNames, type KafkaClient } from '@groundswell/messaging';

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
