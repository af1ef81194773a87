import { toKafkaMessage } from '@groundswell/events';
import { endSpans, reliableProducerOptions, startPublishSpan, traceparentOf, type KafkaClient, type KafkaProducer } from '@groundswell/messaging';
import type { Span } from '@opentelemetry/api';
import type { Pool } from 'pg';
import { Counter, Gauge, type Registry } from 'prom-client';
import { positionOf, readAllCommitted } from '../store/event-store';
import { EVENTS_CHANNEL } from '../store/event-store.migrations';
import { beforeAllEvents, type CommitPosition, type StoredEvent } from '../store/stored-event';
import { LeaderLease } from './leader-lease';
import { loadCheckpoint, saveCheckpoint } from './relay-checkpoint';
import { toEnvelope } from './stored-event-envelope';

export interface OutboxRelayOptions {
  /** Names the checkpoint; one relay per service database. */
  name: string;
  pool: Pool;
  databaseUrl: string;
  kafka: KafkaClient;
  /** Where an event goes; `undefined` keeps it inside the service (never published). */
  topicFor(event: StoredEvent): string | undefined;
  batchSize?: number;
  pollIntervalMs?: number;
  metrics?: Registry;
  log?: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
  /** Runs after the broker acknowledged a batch and before the checkpoint is stored (fault injection in tests). */
  afterPublish?: (events: readonly StoredEvent[]) => Promise<void>;
}

// Derived from the relay name so that each service database has its own leader.
function lockKeyFor(name: string): number {
  let hash = 0;
  for (const char of `outbox-relay:${name}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * Publishes committed events to Kafka in commit order, at least once, keeping per-stream order.
 * One leader per database; followers wait for the lock.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private wokenEarly = false;
  private producer: KafkaProducer | undefined;
  private producerConnected = false;
  private checkpoint: CommitPosition = beforeAllEvents;
  private readonly lease: LeaderLease;
  private readonly published?: Counter<'relay'>;
  private readonly lag?: Gauge<'relay'>;

  constructor(private readonly options: OutboxRelayOptions) {
    this.lease = new LeaderLease(options.databaseUrl, lockKeyFor(options.name), EVENTS_CHANNEL, () => this.notify());
    if (options.metrics) {
      this.published = new Counter({ name: 'outbox_events_published_total', help: 'Events the outbox relay published to Kafka', labelNames: ['relay'], registers: [options.metrics] });
      this.lag = new Gauge({ name: 'outbox_lag_seconds', help: 'Age of the oldest event the relay has not yet published', labelNames: ['relay'], registers: [options.metrics] });
    }
  }

  get isLeader(): boolean {
    return this.lease.held;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.producer = this.options.kafka.producer({ ...reliableProducerOptions });
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.loop;
    await this.lease.release();
    if (this.producerConnected) await this.producer?.disconnect().catch(() => undefined);
    this.producerConnected = false;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        if (!this.lease.held && !(await this.becomeLeader())) {
          await this.sleep(this.options.pollIntervalMs ?? 1_000);
          continue;
        }
        const published = await this.publishNextBatch();
        failures = 0;
        if (published === 0) await this.sleep(this.options.pollIntervalMs ?? 1_000);
      } catch (error) {
        failures++;
        this.options.log?.('warn', 'outbox relay batch failed; retrying', { relay: this.options.name, failures, error: (error as Error).message });
        await this.sleep(Math.min(100 * 2 ** failures, 5_000));
      }
    }
  }

  private async becomeLeader(): Promise<boolean> {
    if (!(await this.lease.tryAcquire())) return false;
    // Another leader may have moved on since we last held the lease.
    this.checkpoint = await loadCheckpoint(this.options.pool, this.options.name);
    this.options.log?.('info', 'outbox relay is leader', { relay: this.options.name });
    return true;
  }

  private async publishNextBatch(): Promise<number> {
    const events = await readAllCommitted(this.options.pool, this.checkpoint, this.options.batchSize ?? 500);
    if (events.length === 0) {
      this.lag?.set({ relay: this.options.name }, 0);
      return 0;
    }
    this.lag?.set({ relay: this.options.name }, (Date.now() - events[0].recordedAt.getTime()) / 1_000);
    if (!this.producerConnected) {
      await this.producer!.connect();
      this.producerConnected = true;
    }
    const byTopic = new Map<string, ReturnType<typeof toKafkaMessage>[]>();
    const spans: Span[] = [];
    for (const event of events) {
      const topic = this.options.topicFor(event);
      if (topic === undefined) continue;
      const messages = byTopic.get(topic) ?? [];
      // An event appended within a trace is published in a span of that trace, which consumers continue.
      const span = event.traceparent ? startPublishSpan(topic, event) : undefined;
      if (span) spans.push(span);
      messages.push(toKafkaMessage({ ...toEnvelope(event), ...(span && { traceparent: traceparentOf(span) }) }));
      byTopic.set(topic, messages);
    }
    try {
      if (byTopic.size > 0) await this.producer!.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
      endSpans(spans);
    } catch (error) {
      endSpans(spans, error);
      await this.replaceProducer();
      throw error;
    }
    await this.options.afterPublish?.(events);
    const next = positionOf(events[events.length - 1]);
    await saveCheckpoint(this.options.pool, this.options.name, next);
    this.checkpoint = next;
    this.published?.inc({ relay: this.options.name }, events.length);
    return events.length;
  }

  /**
   * After a failed send an idempotent producer's sequence numbers may no longer match the broker's
   * (KafkaJS then fails every later send with OUT_OF_ORDER_SEQUENCE_NUMBER), so the relay starts a
   * fresh producer, with a new producer id, for the retry. The retry may duplicate what did land:
   * delivery is at least once and consumers dedupe by event id.
   */
  private async replaceProducer(): Promise<void> {
    const failed = this.producer;
    this.producer = this.options.kafka.producer({ ...reliableProducerOptions });
    this.producerConnected = false;
    await failed?.disconnect().catch(() => undefined);
  }

  private notify(): void {
    this.wokenEarly = true;
    this.wake?.();
  }

  /** Sleeps until the poll interval passes or a commit notification arrives (even one that came while busy). */
  private sleep(ms: number): Promise<void> {
    if (this.wokenEarly) {
      this.wokenEarly = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wokenEarly = false;
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
