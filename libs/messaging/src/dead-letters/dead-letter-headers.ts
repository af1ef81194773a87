import type { KafkaHeaders } from '../kafka/kafka-client';

/** Headers a dead letter carries on top of the original message's own. */
export const deadLetterHeaders = {
  error: 'dlq_error',
  errorCode: 'dlq_error_code',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  consumerGroup: 'dlq_consumer_group',
  attempts: 'dlq_attempts',
  failedAt: 'dlq_failed_at',
  replayedAt: 'dlq_replayed_at',
} as const;

const deadLetterHeaderPrefix = 'dlq_';
// Error texts can be stack-sized; a header only has to say what went wrong.
const maxErrorLength = 4_000;

export interface DeadLetterFailure {
  error: unknown;
  consumerGroup: string;
  topic: string;
  partition: number;
  offset: string;
  attempts: number;
  failedAt: Date;
}

/** `<consumer-group>.dlq`, the same rule as `deadLetterTopic` in @groundswell/events (which Node-run scripts can't import). */
export function deadLetterTopicOf(consumerGroup: string): string {
  return `${consumerGroup}.dlq`;
}

/** The original headers, with the failure added (replacing the dlq_* headers of an earlier failure). */
export function deadLetterHeadersFor(original: KafkaHeaders | undefined, failure: DeadLetterFailure): KafkaHeaders {
  const code = errorCode(failure.error);
  return {
    ...withoutDeadLetterHeaders(original, [deadLetterHeaders.replayedAt]),
    [deadLetterHeaders.error]: errorMessage(failure.error).slice(0, maxErrorLength),
    ...(code === undefined ? {} : { [deadLetterHeaders.errorCode]: code }),
    [deadLetterHeaders.originalTopic]: failure.topic,
    [deadLetterHeaders.originalPartition]: String(failure.partition),
    [deadLetterHeaders.originalOffset]: failure.offset,
    [deadLetterHeaders.consumerGroup]: failure.consumerGroup,
    [deadLetterHeaders.attempts]: String(failure.attempts),
    [deadLetterHeaders.failedAt]: failure.failedAt.toISOString(),
  };
}

/** The headers the message had before it was dead-lettered, plus when it was replayed. */
export function replayHeadersFor(deadLetter: KafkaHeaders | undefined, replayedAt: Date): KafkaHeaders {
  return { ...withoutDeadLetterHeaders(deadLetter), [deadLetterHeaders.replayedAt]: replayedAt.toISOString() };
}

export function headerText(headers: KafkaHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined ? undefined : single.toString();
}

function withoutDeadLetterHeaders(headers: KafkaHeaders | undefined, keep: readonly string[] = []): KafkaHeaders {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => !name.startsWith(deadLetterHeaderPrefix) || keep.includes(name)),
  );
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
