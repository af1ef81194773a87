import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics, partnerRetentionDays, partnerTopics } from '@groundswell/events';
import { ensurePartnerTopic, ensureTopics, reliableProducerOptions, type KafkaProducer } from '@groundswell/messaging';
import { partnerConversionsHandler } from './partner-conversions.handler';

export const partnerConversionsGroup = 'campaigns.partner-conversions';

/** Where the partner events' sources are published: conversions, campaign joins, reward grants, and members' partner-sharing consent. */
const sourceTopics = [domainTopics.campaigns.conversion, domainTopics.campaigns.participation, domainTopics.campaigns.rewardGrant, domainTopics.members.member];

/** Publishes conversions, their attribution and reversals, campaign joins and reward grants to `gs.partner.conversions.v1`. */
@Injectable()
export class PartnerConversionsConsumer extends ServiceConsumer {
  private producer?: KafkaProducer;

  protected definition() {
    return {
      groupId: partnerConversionsGroup,
      topics: sourceTopics,
      component: 'partner-conversions',
      handle: partnerConversionsHandler(async (message) => void (await this.producer!.send({ topic: partnerTopics.conversions, acks: -1, messages: [message] }))),
    };
  }

  // Partners may subscribe before the first conversion: the topic exists from the start, with partner retention.
  protected override async prepare(): Promise<void> {
    const retentionDays = partnerRetentionDays();
    await ensurePartnerTopic(this.kafka, partnerTopics.conversions, { namespace: this.runtime.config.GROUNDSWELL_ENV, retentionDays }).catch((error: unknown) =>
      this.log('warn', 'Could not set the partner topic retention', { error: error instanceof Error ? error.message : String(error), retentionDays }),
    );
    await ensureTopics(this.kafka, [partnerTopics.conversions], (message, extra) => this.log('warn', message, extra));
    this.producer = this.kafka.producer({ ...reliableProducerOptions });
    await this.producer.connect();
  }

  protected override async release(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }
}
