import { Injectable, Module } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics, partnerRetentionDays, partnerTopics } from '@groundswell/events';
import { ensurePartnerTopic, ensureTopics, reliableProducerOptions, type ConsumedEvent, type KafkaClient, type KafkaProducer } from '@groundswell/messaging';
import { KAFKA_CLIENT, PG_POOL, ServiceRuntime } from '@groundswell/service-kit';
import type { Pool, PoolClient } from 'pg';
import { BackfillPartnerFeedUseCase } from './backfill/backfill-partner-feed.use-case';
import { PartnerBackfillResolver } from './backfill/graphql/partner-backfill.resolver';
import { partnerFeedBatchHandler } from './partner-feed.handler';

export const partnerFeedGroup = 'members.partner-feed';

/** Publishes the partner view of member and points events to `gs.partner.members.v1`. */
@Injectable()
export class PartnerFeedService extends ServiceConsumer {
  private producer?: KafkaProducer;

  protected definition() {
    return {
      groupId: partnerFeedGroup,
      topics: [domainTopics.members.member, domainTopics.members.points],
      component: 'partner-feed',
      handleBatch: async (client: PoolClient, events: readonly ConsumedEvent[]) => {
        const producer = this.producer!;
        await producer.connect();
        await partnerFeedBatchHandler(producer)(client, events);
      },
    };
  }

  // Partners may subscribe before the first member event: the topic must exist from the start, and
  // keep PARTNER_RETENTION_DAYS of records for replays. Where an operator manages topics instead
  // (Strimzi KafkaTopic), the service may lack the rights: the operator's retention stands.
  protected override async prepare(): Promise<void> {
    const retentionDays = partnerRetentionDays();
    await ensurePartnerTopic(this.kafka, partnerTopics.members, { namespace: this.runtime.config.GROUNDSWELL_ENV, retentionDays }).catch((error: unknown) =>
      this.log('warn', 'Could not set the partner topic retention', { error: error instanceof Error ? error.message : String(error), retentionDays }),
    );
    await ensureTopics(this.kafka, [partnerTopics.members], (message, extra) => this.log('warn', message, extra));
    this.producer = this.kafka.producer({ ...reliableProducerOptions });
  }

  protected override async release(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }
}

@Module({
  providers: [
    PartnerFeedService,
    {
      provide: BackfillPartnerFeedUseCase,
      inject: [PG_POOL, KAFKA_CLIENT, ServiceRuntime],
      useFactory: (pool: Pool, kafka: KafkaClient, runtime: ServiceRuntime) => new BackfillPartnerFeedUseCase(pool, kafka, runtime.config.GROUNDSWELL_ENV),
    },
    PartnerBackfillResolver,
  ],
})
export class PartnerFeedModule {}
