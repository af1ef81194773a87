import type { Pool } from 'pg';
import type { Registry } from 'prom-client';
import type { KafkaClient } from '../kafka/kafka-client';
import { eachInOrder, type BatchEventHandler, type EventHandler } from './apply-batch';
import { defaultBackoff, type BackoffPolicy } from './backoff';
import { ConsumerError } from './consumer-error';
import { tracedBatchHandler } from '../tracing/trace-context';

export type { EventHandler, MessageContext } from './apply-batch';

export type ConsumerLogLevel = 'error' | 'warn' | 'info' | 'debug';
export type ConsumerLog = (level: ConsumerLogLevel, message: string, extra: Record<string, unknown>) => void;

export interface ExactlyOnceConsumerOptions {
  kafka: KafkaClient;
  groupId: string;
  topics: string[];
  pool: Pool;
  /** Applies one event at a time; give this or `handleBatch`. */
  handle?: EventHandler;
  /** Applies the new events of a batch at once (multi-row writes); give this or `handle`. */
  handleBatch?: BatchEventHandler;
  /** Most messages applied in one transaction (default 500). */
  maxBatchSize?: number;
  /** Partitions whose batches are applied at once, each in its own transaction (default 1); order within a partition holds regardless. */
  partitionsConsumedConcurrently?: number;
  /** Attempts before a failing message is dead-lettered (default 5). Infrastructure failures don't count. */
  maxAttempts?: number;
  backoff?: Partial<BackoffPolicy>;
  /** Where a new group starts reading (default true: the whole topic). */
  fromBeginning?: boolean;
  metrics?: Registry;
  log?: ConsumerLog;
}

export type ConsumerSettings = Required<Omit<ExactlyOnceConsumerOptions, 'metrics' | 'backoff' | 'handle' | 'handleBatch'>> & {
  handleBatch: BatchEventHandler;
  backoff: BackoffPolicy;
  metrics?: Registry;
};

export function consumerSettings(options: ExactlyOnceConsumerOptions): ConsumerSettings {
  const { handle, handleBatch, ...rest } = options;
  const settings: ConsumerSettings = {
    ...rest,
    // Each event is handled in a span continuing the trace it was appended in (its traceparent).
    handleBatch: tracedBatchHandler(options.groupId, handleBatch ?? eachInOrder(handle!)),
    maxBatchSize: options.maxBatchSize ?? 500,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 1,
    maxAttempts: options.maxAttempts ?? 5,
    backoff: { ...defaultBackoff, ...options.backoff },
    fromBeginning: options.fromBeginning ?? true,
    log: options.log ?? (() => undefined),
  };
  if (!settings.groupId) throw new ConsumerError('INVALID_OPTIONS', 'groupId must not be empty');
  if (settings.topics.length === 0) throw new ConsumerError('INVALID_OPTIONS', 'topics must name at least one topic');
  if (!handle === !handleBatch) throw new ConsumerError('INVALID_OPTIONS', 'give exactly one of handle and handleBatch');
  if (!Number.isInteger(settings.maxBatchSize) || settings.maxBatchSize < 1) {
    throw new ConsumerError('INVALID_OPTIONS', `maxBatchSize must be an integer ≥ 1, got ${settings.maxBatchSize}`);
  }
  if (!Number.isInteger(settings.partitionsConsumedConcurrently) || settings.partitionsConsumedConcurrently < 1) {
    throw new ConsumerError('INVALID_OPTIONS', `partitionsConsumedConcurrently must be an integer ≥ 1, got ${settings.partitionsConsumedConcurrently}`);
  }
  if (!Number.isInteger(settings.maxAttempts) || settings.maxAttempts < 1) {
    throw new ConsumerError('INVALID_OPTIONS', `maxAttempts must be an integer ≥ 1, got ${settings.maxAttempts}`);
  }
  if (!(settings.backoff.initialMs > 0 && settings.backoff.maxMs >= settings.backoff.initialMs)) {
    throw new ConsumerError('INVALID_OPTIONS', 'backoff needs 0 < initialMs ≤ maxMs');
  }
  return settings;
}
