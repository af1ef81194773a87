import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { deadLetterTopic } from '@groundswell/events';
import { ensureTopics } from '@groundswell/messaging';
import { partnerWebhookTopics } from '../partner-event-types';
import { enqueueDeliveries } from './enqueue-deliveries';

export const partnerWebhooksGroup = 'access.partner-webhooks';

/** Webhooks are driven from the partner topics themselves, so they carry exactly what Kafka partners get. */
@Injectable()
export class PartnerWebhooksConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: partnerWebhooksGroup, topics: partnerWebhookTopics(), component: 'partner-webhooks', handle: enqueueDeliveries };
  }

  protected override async prepare(): Promise<void> {
    // The partner topics are made, with their retention, by whoever owns them (infra, Strimzi); only our dead letters are ours.
    await ensureTopics(this.kafka, [deadLetterTopic(partnerWebhooksGroup)], (message, extra) => this.log('warn', message, extra));
  }
}
