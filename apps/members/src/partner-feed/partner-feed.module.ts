import { Injectable, Module } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics, partnerTopics, type EventEnvelope } from '@groundswell/events';
import { ensureTopics, reliableProducerOptions, type KafkaProducer } from '@groundswell/messaging';
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

  // Partners may subscribe before the first member event: the topic must exist from the start.
  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [partnerTopics.members], (message, extra) => this.log('warn', message, extra));
    this.producer = this.kafka.producer({ ...reliableProducerOptions });
  }

  protected override async release(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }
}

@Module({ providers: [PartnerFeedService] })
export class PartnerFeedModule {}
