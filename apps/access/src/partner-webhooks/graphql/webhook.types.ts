import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';

export const WebhookSubscriptionStatusEnum = graphqlEnum(['active', 'disabled'] as const);
export const WebhookDeliveryStatusEnum = graphqlEnum(['pending', 'delivered', 'failed'] as const);
registerEnumType(WebhookSubscriptionStatusEnum, { name: 'WebhookSubscriptionStatus' });
registerEnumType(WebhookDeliveryStatusEnum, { name: 'WebhookDeliveryStatus', description: 'pending: due or waiting for a retry; failed: every retry failed' });

@ObjectType({
  description:
    'A partner\'s Standard Webhooks endpoint: partner events are POSTed to it, signed (webhook-id, webhook-timestamp, webhook-signature), retried for about a day.',
})
export class WebhookSubscription {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The partner it delivers to, e.g. "jd-shop"' })
  partner!: string;

  @Field()
  url!: string;

  @Field(() => [String], { description: 'The partner event types it receives; empty: all of them' })
  eventTypes!: string[];

  @Field(() => WebhookSubscriptionStatusEnum)
  status!: 'active' | 'disabled';

  @Field(() => String, { nullable: true, description: 'manual, or failing when it was disabled after days of failed deliveries' })
  disabledReason!: string | null;

  @Field(() => String, { nullable: true, description: '停用说明 for operators (Chinese, Beijing time)' })
  disabledNotice!: string | null;

  @Field(() => Date, { nullable: true, description: 'Since when every delivery has failed; null while it is healthy' })
  failingSince!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  createdBy!: string;
}

export const WebhookSubscriptionConnection = connectionOf(WebhookSubscription, 'WebhookSubscription');

@ObjectType()
export class WebhookAttempt {
  @Field(() => Int)
  attempt!: number;

  @Field()
  attemptedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'The receiver\'s HTTP status; null when it did not answer' })
  responseStatus!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType({ description: 'One partner event for one subscription, with every attempt to send it' })
export class WebhookDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subscriptionId!: string;

  @Field({ description: 'The webhook-id header: the same for every retry, redelivery and replay of the event' })
  webhookId!: string;

  @Field()
  eventType!: string;

  @Field()
  eventTime!: Date;

  @Field(() => WebhookDeliveryStatusEnum)
  status!: 'pending' | 'delivered' | 'failed';

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => [WebhookAttempt])
  attemptLog!: WebhookAttempt[];
}

export const WebhookDeliveryConnection = connectionOf(WebhookDelivery, 'WebhookDelivery');

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'The partner, as a slug of 2–40 lowercase letters, digits and dashes' })
  partner!: string;

  @Field({ description: 'Where to POST; in production https and a public address' })
  url!: string;

  @Field(() => [String], { nullable: true, description: 'Partner event types (ce_type) to receive; omitted or empty: all' })
  eventTypes?: string[];
}

@ObjectType()
export class WebhookSubscriptionSecretPayload {
  @Field(() => WebhookSubscription)
  webhookSubscription!: WebhookSubscription;

  @Field(() => String, { nullable: true, description: 'The signing secret (whsec_…), shown this once; null when a retry with the same idempotency key replays the request' })
  secret!: string | null;
}

export const WebhookSubscriptionPayload = payloadOf('WebhookSubscriptionPayload', 'webhookSubscription', WebhookSubscription);
export type WebhookSubscriptionPayload = Payload<'webhookSubscription', WebhookSubscription>;

@ObjectType()
export class ReplayWebhooksPayload {
  @Field(() => WebhookSubscription)
  webhookSubscription!: WebhookSubscription;

  @Field(() => Int, { description: 'How many deliveries will be sent again' })
  deliveries!: number;
}
