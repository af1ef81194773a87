// Also run directly by Node (scripts/dlq-replay.ts): erasable TypeScript, no path aliases.
import { reliableProducerOptions, type EachBatchPayload, type KafkaClient } from '../kafka/kafka-client';
import { deadLetterHeaders, deadLetterTopicOf, headerText, replayHeadersFor } from './dead-letter-headers';
import { pendingDeadLetters } from './pending-dead-letters';

export interface ReplayDeadLettersOptions {
  kafka: KafkaClient;
  /** The consumer group whose dead letters (`<groupId>.dlq`) to replay. */
  groupId: string;
  log?: (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void;
}

export interface ReplayResult {
  /** Dead letters published back to their original topic. */
  replayed: number;
  /** Dead letters without a `dlq_original_topic` header, which cannot be replayed. */
  skipped: number;
}

/**
 * Publishes every dead letter of a consumer group that is on the DLQ now back to its original
 * topic, then returns. Its own group (`<groupId>.dlq-replay`) remembers how far it got, so a second
 * run replays only newer dead letters; consumers dedupe by event id, so even a letter replayed
 * twice is applied once.
 */
export async function replayDeadLetters(options: ReplayDeadLettersOptions): Promise<ReplayResult> {
  const { kafka, groupId } = options;
  const log = options.log ?? (() => undefined);
  const topic = deadLetterTopicOf(groupId);
  const replayGroup = `${groupId}.dlq-replay`;
  const ends = await pendingDeadLetters(kafka, topic, replayGroup);
  const result: ReplayResult = { replayed: 0, skipped: 0 };
  if (ends.size === 0) return result;

  const producer = kafka.producer(reliableProducerOptions);
  const consumer = kafka.consumer({ groupId: replayGroup });
  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart) reject(payload.error);
      });
      const replayBatch = async ({ batch, resolveOffset, commitOffsetsIfNecessary, uncommittedOffsets }: EachBatchPayload) => {
        const end = ends.get(batch.partition);
        try {
          for (const message of batch.messages) {
            if (end === undefined || BigInt(message.offset) >= end) break;
            const originalTopic = headerText(message.headers, deadLetterHeaders.originalTopic);
            if (originalTopic === undefined) {
              result.skipped += 1;
              log('warn', `Dead letter ${topic}/${batch.partition}@${message.offset} has no original topic; skipped`, {});
            } else {
              const headers = replayHeadersFor(message.headers, new Date());
              await producer.send({ topic: originalTopic, acks: -1, messages: [{ key: message.key, value: message.value, headers }] });
              result.replayed += 1;
            }
            resolveOffset(message.offset);
            if (BigInt(message.offset) + 1n >= end) ends.delete(batch.partition);
          }
        } finally {
          await commitOffsetsIfNecessary(uncommittedOffsets());
        }
        if (ends.size === 0) resolve();
      };
      consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: replayBatch }).catch(reject);
    });
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
  }
  log('info', `Replayed ${result.replayed} dead letter(s) of ${groupId}`, { ...result, topic });
  return result;
}
