import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { domainTopics } from '@groundswell/events';
import { ExactlyOnceConsumer, type KafkaClient } from '@groundswell/messaging';
import { KAFKA_CLIENT, PG_POOL, ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { segmentMembershipHandler } from './segment-membership.handler';

export const segmentsGroup = 'members.segments';

/** The topics whose events can change who matches a segment. */
export const segmentTopics = [domainTopics.members.member, domainTopics.members.points, domainTopics.members.memberTags, domainTopics.members.activity];

/** Moves members into and out of segments as the facts about them change (DESIGN §6, exactly once). */
@Injectable()
export class SegmentsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
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
    this.consumer = new ExactlyOnceConsumer({
      kafka: this.kafka,
      groupId: segmentsGroup,
      topics: segmentTopics,
      pool: this.pool,
      metrics: this.metrics.registry,
      log: (level, message, extra) => this.logger[level]({ ...extra, component: 'segments' }, message),
      handle: segmentMembershipHandler,
    });
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
