import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { appendTo, loadAggregate, withIdempotency, type EventStore } from '@groundswell/event-store';
import { PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { newWebhookSecret } from '../delivery/webhook-signer';
import { partnerEventTypes } from '../partner-event-types';
import { WebhookUrlPolicy } from '../url/webhook-url-policy';
import { webhookSubscriptionDecider } from '../webhook-subscription.decider';
import { webhookSubscriptionStream } from '../webhook-subscription.events';
import { webhookSubscriptionsEventStore } from '../webhook-subscriptions.projection';

export interface CreateWebhookSubscriptionInput {
  partner: string;
  url: string;
  /** Empty: every partner event type, present and future. */
  eventTypes: string[];
}

export interface CreatedWebhookSubscription {
  subscriptionId: string;
  /** Shown once: null when a retry with the same idempotency key replays the first request. */
  secret: string | null;
}

@Injectable()
export class CreateWebhookSubscriptionUseCase {
  private readonly store: EventStore;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    private readonly urlPolicy: WebhookUrlPolicy,
  ) {
    this.store = webhookSubscriptionsEventStore(pool);
  }

  async execute(identity: Identity, input: CreateWebhookSubscriptionInput, idempotencyKey?: string): Promise<CreatedWebhookSubscription> {
    const url = await this.urlPolicy.check(input.url);
    const subscriptionId = randomBytes(10).toString('hex');
    const secret = newWebhookSecret();
    const { result, replayed } = await this.store.transaction((client) =>
      withIdempotency(client, { tenantId: identity.tenant, key: idempotencyKey, command: 'CreateWebhookSubscription' }, async () => {
        const aggregate = await loadAggregate(client, webhookSubscriptionDecider, { tenantId: identity.tenant, ...webhookSubscriptionStream(subscriptionId) });
        const events = webhookSubscriptionDecider.decide(
          {
            type: 'CreateWebhookSubscription',
            subscriptionId,
            partner: input.partner.trim(),
            url,
            eventTypes: input.eventTypes,
            knownEventTypes: partnerEventTypes(),
            by: identity.sub,
          },
          aggregate.state,
        );
        const [stored] = await this.store.append(client, [appendTo(aggregate, events)], { correlationId: uuidv7() });
        await client.query('INSERT INTO webhook_signing_secrets (subscription_id, secret, created_at) VALUES ($1, $2, $3)', [subscriptionId, secret, stored![0]!.occurredAt]);
        return { subscriptionId };
      }),
    );
    return { subscriptionId: result.subscriptionId, secret: replayed ? null : secret };
  }
}
