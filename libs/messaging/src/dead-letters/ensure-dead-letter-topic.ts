import type { KafkaClient } from '../kafka/kafka-client';

/**
 * Creates the dead-letter topic with the broker's default partitions and replication, so the first
 * dead letter doesn't depend on topic auto-creation. Failing is not fatal (no rights to create
 * topics, say): with auto-creation the first dead letter creates it; without, the operator must.
 */
export async function ensureDeadLetterTopic(
  kafka: KafkaClient,
  topic: string,
  warn: (message: string, extra: Record<string, unknown>) => void,
): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
  } catch (error) {
    warn(`Could not create dead-letter topic ${topic}`, { error: error instanceof Error ? error.message : String(error) });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
