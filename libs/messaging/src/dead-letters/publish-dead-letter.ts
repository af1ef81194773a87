import type { KafkaMessage, KafkaProducer } from '../kafka/kafka-client';
import { deadLetterHeadersFor, type DeadLetterFailure } from './dead-letter-headers';

/** Parks the original record (same key, value and headers) on the dead-letter topic, with the failure in headers. */
export async function publishDeadLetter(
  producer: KafkaProducer,
  deadLetterTopic: string,
  message: KafkaMessage,
  failure: DeadLetterFailure,
): Promise<void> {
  await producer.send({
    topic: deadLetterTopic,
    acks: -1,
    messages: [{ key: message.key, value: message.value, headers: deadLetterHeadersFor(message.headers, failure) }],
  });
}
