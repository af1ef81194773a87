import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { connectorTopics, domainTopics } from '@groundswell/events';
import { ensureTopics, reliableProducerOptions, type KafkaProducer } from '@groundswell/messaging';
import { connectorFeedHandler } from './connector-feed.handler';

export const connectorFeedGroup = 'moderation.connector-feed';

/** Publishes sanctions and crisis notices, minimised, to `gs.connector.moderation.v1` for platform connectors. */
@Injectable()
export class ConnectorFeedConsumer extends ServiceConsumer {
  private producer?: KafkaProducer;

  protected definition() {
    return {
      groupId: connectorFeedGroup,
      topics: [domainTopics.moderation.memberSanctions, domainTopics.moderation.crisisAlert],
      component: 'connector-feed',
      handle: connectorFeedHandler(async (message) => void (await this.producer!.send({ topic: connectorTopics.moderation, acks: -1, messages: [message] }))),
    };
  }

  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [connectorTopics.moderation], (message, extra) => this.log('warn', message, extra));
    this.producer = this.kafka.producer({ ...reliableProducerOptions });
    await this.producer.connect();
  }

  protected override async release(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }
}
