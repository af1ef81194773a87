import type { KafkaClient } from '../kafka/kafka-client';

/**
 * Creates the topics a consumer reads and its dead-letter topic (broker defaults for partitions and
 * replication) when they don't exist yet, so subscribing never races the first producer and the
 * first dead letter doesn't depend on auto-creation. Failing is not fatal (no rights to create
 * topics, say): the operator then creates them.
 */
export async function ensureTopics(
  kafka: KafkaClient,
  topics: readonly string[],
  warn: (message: string, extra: Record<string, unknown>) => void,
): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) await admin.createTopics({ topics: missing.map((topic) => ({ topic })), waitForLeaders: true });
  } catch (error) {
    warn(`Could not create topics ${topics.join(', ')}`, { error: error instanceof Error ? error.message : String(error) });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
