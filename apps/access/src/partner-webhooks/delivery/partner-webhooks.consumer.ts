import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { partnerWebhookTopics } from '../partner-event-types';
import { enqueueDeliveries } from './enqueue-deliveries';

export const partnerWebhooksGroup = 'access.partner-webhooks';

/** Webhooks are driven from the partner topics themselves, so they carry exactly what Kafka partners get. */
@Injectable()
export class PartnerWebhooksConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: partnerWebhooksGroup, topics: partnerWebhookTopics(), component: 'partner-webhooks', handle: enqueueDeliveries };
  }
}
