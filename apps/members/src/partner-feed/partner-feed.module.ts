import { Injectable, Module } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics, partnerRetentionDays, partnerTopics, type EventEnvelope } from '@groundswell/events';
import { ensurePartnerTopic, ensureTopics, reliableProducerOptions, type KafkaProducer } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { partnerFeedHandler } from './partner-feed.handler';

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
      handle: async (client: PoolClient, envelope: EventEnvelope) => {
        const producer = this.producer!;
        await producer.connect();
        await partnerFeedHandler(producer)(client, envelope);
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

@Module({ providers: [PartnerFeedService] })
export class PartnerFeedModule {}
