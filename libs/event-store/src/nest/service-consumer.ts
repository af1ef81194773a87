import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { ExactlyOnceConsumer, type BatchEventHandler, type EventHandler, type KafkaClient } from '@groundswell/messaging';
import { KAFKA_CLIENT, PG_POOL, ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';

export interface ServiceConsumerDefinition {
  groupId: string;
  topics: string[];
  /** Names the consumer in log lines. */
  component: string;
  /** Applies one event at a time; give this or `handleBatch` (multi-row writes for a batch's new events). */
  handle?: EventHandler;
  handleBatch?: BatchEventHandler;
  /** Partitions applied at once, each in its own transaction (default 1). */
  partitionsConsumedConcurrently?: number;
}

type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** The consumers of each running application (one runtime per application, even in a test process holding several). */
const consumersOf = new WeakMap<ServiceRuntime, Set<ServiceConsumer>>();
/** Each application's consumers, started together once. */
const startedOf = new WeakMap<ServiceRuntime, Promise<void>>();

/**
 * An exactly-once consumer that lives and dies with its service: started once the service connects
 * to its servers (never when only printing the schema), stopped before the database pool closes so
 * the message in hand finishes and its offset is committed. The topics it reads and its dead-letter
 * topic are created where missing, so it never waits for the service that publishes them.
 */
@Injectable()
export abstract class ServiceConsumer implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  @Inject(ServiceRuntime) protected readonly runtime!: ServiceRuntime;
  @Inject(ServiceMetrics) private readonly metrics!: ServiceMetrics;
  @Inject(PinoLogger) private readonly logger!: PinoLogger;
  @Inject(PG_POOL) protected readonly pool!: Pool;
  @Inject(KAFKA_CLIENT) protected readonly kafka!: KafkaClient;
  private consumer?: ExactlyOnceConsumer;
  private stopped?: Promise<void>;

  protected abstract definition(): ServiceConsumerDefinition;

  /** Runs before the consumer starts, e.g. to connect a producer its handler writes with, or make a topic it writes to. */
  protected async prepare(): Promise<void> {}

  /** Runs after the consumer stopped. */
  protected async release(): Promise<void> {}

  protected log(level: LogLevel, message: string, extra: Record<string, unknown> = {}): void {
    this.logger[level]({ ...extra, component: this.definition().component }, message);
  }

  onModuleInit(): void {
    if (!this.runtime.connectsToServers) return;
    consumersOf.set(this.runtime, (consumersOf.get(this.runtime) ?? new Set<ServiceConsumer>()).add(this));
  }

  /**
   * Every module's init hooks run before any bootstrap hook, so the first consumer to bootstrap knows
   * all of them and starts them at once. Joining a group makes its other members (the replica still
   * running) rebalance; one after another, a service with seven consumers took seven rebalances'
   * time to become ready, together it takes about one's.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.runtime.connectsToServers) return;
    let started = startedOf.get(this.runtime);
    if (!started) {
      const siblings = [...(consumersOf.get(this.runtime) ?? [this])];
      started = Promise.all(siblings.map((consumer) => consumer.start())).then(() => undefined);
      startedOf.set(this.runtime, started);
    }
    await started;
  }

  private async start(): Promise<void> {
    await this.prepare();
    const { groupId, topics, handle, handleBatch, partitionsConsumedConcurrently } = this.definition();
    this.consumer = new ExactlyOnceConsumer({
      kafka: this.kafka,
      pool: this.pool,
      groupId,
      topics,
      handle,
      handleBatch,
      partitionsConsumedConcurrently,
      metrics: this.metrics.registry,
      log: (level, message, extra) => this.log(level, message, extra),
    });
    await this.consumer.start();
  }

  /**
   * Nest runs shutdown hooks module by module, and each consumer's stop waits for its fetch in
   * flight; so the first hook stops every consumer of the application at once, and shutdown takes
   * the slowest stop rather than their sum.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...(consumersOf.get(this.runtime) ?? [this])].map((consumer) => consumer.stopOnce()));
  }

  private stopOnce(): Promise<void> {
    this.stopped ??= (async () => {
      await this.consumer?.stop();
      await this.release();
    })();
    return this.stopped;
  }
}
