import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { partnerRetentionDays, partnerTopics } from '@groundswell/events';
import { ensurePartnerTopic, reliableProducerOptions, type KafkaProducer } from '@groundswell/messaging';
import { routeToTenantTopic } from './route-to-tenant-topic';

export const partnerTopicRouterGroup = 'access.partner-topic-router';

/**
 * Keeps every tenant's partner topics (`gs.partner.<tenant>.members.v1`, …) in step with the shared
 * ones the feeds write, so a partner credential's prefixed ACL reaches its own tenant only (ADR 0016).
 */
@Injectable()
export class PartnerTopicRouter extends ServiceConsumer {
  private producer?: KafkaProducer;
  private readonly knownTopics = new Set<string>();

  protected definition() {
    return {
      groupId: partnerTopicRouterGroup,
      topics: Object.values(partnerTopics),
      component: 'partner-topic-router',
      handle: routeToTenantTopic({
        publish: async (topic, message) => void (await this.producer!.send({ topic, acks: -1, messages: [message] })),
        ensureTopic: (topic) => this.ensureTopic(topic),
      }),
    };
  }

  protected override async prepare(): Promise<void> {
    this.producer = this.kafka.producer({ ...reliableProducerOptions });
    await this.producer.connect();
  }

  protected override async release(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }

  private async ensureTopic(topic: string): Promise<void> {
    if (this.knownTopics.has(topic)) return;
    await ensurePartnerTopic(this.kafka, topic, { namespace: this.runtime.config.GROUNDSWELL_ENV, retentionDays: partnerRetentionDays() });
    this.knownTopics.add(topic);
  }
}
