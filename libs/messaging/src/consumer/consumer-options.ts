import type { EventEnvelope } from '@groundswell/events';
import type { Pool, PoolClient } from 'pg';
import type { Registry } from 'prom-client';
import type { KafkaClient } from '../kafka/kafka-client';
import { defaultBackoff, type BackoffPolicy } from './backoff';
import { ConsumerError } from './consumer-error';

export type ConsumerLogLevel = 'error' | 'warn' | 'info' | 'debug';
export type ConsumerLog = (level: ConsumerLogLevel, message: string, extra: Record<string, unknown>) => void;

/** Where the message being handled sits in Kafka. */
export interface MessageContext {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Applies one event inside the consumer's transaction: write through `client` only, so the effect
 * commits (or rolls back) together with the record that the event was processed.
 */
export type EventHandler = (client: PoolClient, envelope: EventEnvelope, context: MessageContext) => Promise<void>;

export interface ExactlyOnceConsumerOptions {
  kafka: KafkaClient;
  groupId: string;
  topics: string[];
  pool: Pool;
  handle: EventHandler;
  /** Attempts before a failing message is dead-lettered (default 5). Infrastructure failures don't count. */
  maxAttempts?: number;
  backoff?: Partial<BackoffPolicy>;
  /** Where a new group starts reading (default true: the whole topic). */
  fromBeginning?: boolean;
  metrics?: Registry;
  log?: ConsumerLog;
}

export type ConsumerSettings = Required<Omit<ExactlyOnceConsumerOptions, 'metrics' | 'backoff'>> & {
  backoff: BackoffPolicy;
  metrics?: Registry;
};

export function consumerSettings(options: ExactlyOnceConsumerOptions): ConsumerSettings {
  const settings: ConsumerSettings = {
    ...options,
    maxAttempts: options.maxAttempts ?? 5,
    backoff: { ...defaultBackoff, ...options.backoff },
    fromBeginning: options.fromBeginning ?? true,
    log: options.log ?? (() => undefined),
  };
  if (!settings.groupId) throw new ConsumerError('INVALID_OPTIONS', 'groupId must not be empty');
  if (settings.topics.length === 0) throw new ConsumerError('INVALID_OPTIONS', 'topics must name at least one topic');
  if (!Number.isInteger(settings.maxAttempts) || settings.maxAttempts < 1) {
    throw new ConsumerError('INVALID_OPTIONS', `maxAttempts must be an integer ≥ 1, got ${settings.maxAttempts}`);
  }
  if (!(settings.backoff.initialMs > 0 && settings.backoff.maxMs >= settings.backoff.initialMs)) {
    throw new ConsumerError('INVALID_OPTIONS', 'backoff needs 0 < initialMs ≤ maxMs');
  }
  return settings;
}
