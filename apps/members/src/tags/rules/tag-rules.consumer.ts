import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { domainTopics } from '@groundswell/events';
import { ExactlyOnceConsumer, type KafkaClient } from '@groundswell/messaging';
import { KAFKA_CLIENT, PG_POOL, ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { applyTagRules } from './apply-tag-rules';

export const tagRulesGroup = 'members.tag-rules';

/**
 * Applies rule-based tags after lifecycle stage changes. Asynchronous because the stage changes are
 * appended by use cases of other features; the exactly-once consumer makes each change count once.
 */
@Injectable()
export class TagRulesConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
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
      groupId: tagRulesGroup,
      topics: [domainTopics.members.member],
      pool: this.pool,
      metrics: this.metrics.registry,
      log: (level, message, extra) => this.logger[level]({ ...extra, component: 'tag-rules' }, message),
      handle: applyTagRules,
    });
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
