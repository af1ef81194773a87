// Also run directly by Node (scripts/dlq-replay.ts): erasable TypeScript, no path aliases.
import type { KafkaClient } from '../kafka/kafka-client';

/**
 * For each partition of the dead-letter topic that the replay group has not read to the end:
 * the end offset now. Dead letters arriving later wait for the next replay, so a replay finishes.
 */
export async function pendingDeadLetters(kafka: KafkaClient, topic: string, replayGroup: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const pending = new Map<number, bigint>();
    if (!(await admin.listTopics()).includes(topic)) return pending;
    const [committed] = await admin.fetchOffsets({ groupId: replayGroup, topics: [topic] });
    const committedOffset = new Map((committed?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
    for (const { partition, low, high } of await admin.fetchTopicOffsets(topic)) {
      const position = bigMax(committedOffset.get(partition) ?? -1n, BigInt(low));
      if (position < BigInt(high)) pending.set(partition, BigInt(high));
    }
    return pending;
  } finally {
    await admin.disconnect();
  }
}

function bigMax(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
