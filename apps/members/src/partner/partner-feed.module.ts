import { Inject, Injectable, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { domainTopics, partnerTopics } from '@groundswell/events';
import { ensureTopics, ExactlyOnceConsumer, reliableProducerOptions, type KafkaClient, type KafkaProducer } from '@groundswell/messaging';
import { KAFKA_CLIENT, PG_POOL, ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { partnerFeedHandler } from './partner-feed.handler';

export const partnerFeedGroup = 'members.partner-feed';

/** Publishes the partner view of member and points events to `gs.partner.members.v1`. */
@Injectable()
export class PartnerFeedService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer?: ExactlyOnceConsumer;
  private producer?: KafkaProducer;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly metrics: ServiceMetrics,
    private readonly logger: PinoLogger,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KAFKA_CLIENT) private readonly kafka: KafkaClient,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runtime.connectsToServers) return;
    const log = (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) =>
      this.logger[level]({ ...extra, component: 'partner-feed' }, message);
    // Partners may subscribe before the first member event: the topic must exist from the start.
    await ensureTopics(this.kafka, [partnerTopics.members], (message, extra) => log('warn', message, extra));
    this.producer = this.kafka.producer({ ...reliableProducerOptions });
    const producer = this.producer;
    this.consumer = new ExactlyOnceConsumer({
      kafka: this.kafka,
      groupId: partnerFeedGroup,
      topics: [domainTopics.members.member, domainTopics.members.points],
      pool: this.pool,
      metrics: this.metrics.registry,
      log,
      handle: async (client, envelope) => {
        await producer.connect();
        await partnerFeedHandler(producer)(client, envelope);
      },
    });
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.producer?.disconnect().catch(() => undefined);
  }
}

@Module({ providers: [PartnerFeedService] })
export class PartnerFeedModule {}
