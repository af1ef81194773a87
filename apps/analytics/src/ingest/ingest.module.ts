import { Inject, Injectable, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { ExactlyOnceConsumer, KafkaClient } from '@groundswell/messaging';
import { KAFKA_CLIENT, PG_POOL, ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { createIngestConsumer } from './ingest-consumer';

/** Runs the ingest consumer while the service connects to its servers (never when only printing the schema). */
@Injectable()
export class IngestService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer?: ExactlyOnceConsumer;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly metrics: ServiceMetrics,
    private readonly logger: PinoLogger,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KAFKA_CLIENT) private readonly kafka: KafkaClient,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runtime.connectsToServers) return;
    this.consumer = createIngestConsumer({
      kafka: this.kafka,
      pool: this.pool,
      metrics: this.metrics.registry,
      log: (level, message, extra) => this.logger[level]({ ...extra, component: 'analytics-ingest' }, message),
    });
    await this.consumer.start();
  }

  // Before the pool closes: the message in hand finishes and its offset is committed.
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}

@Module({ providers: [IngestService] })
export class IngestModule {}
