import { Inject, Injectable } from '@nestjs/common';
import { appendTo, loadAggregate, withIdempotency, type EventStore } from '@groundswell/event-store';
import { PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { newWebhookSecret } from '../delivery/webhook-signer';
import { webhookSubscriptionDecider } from '../webhook-subscription.decider';
import { webhookSubscriptionStream } from '../webhook-subscription.events';
import { webhookSubscriptionsEventStore } from '../webhook-subscriptions.projection';

/** How long the secrets before a rotation still sign, so receivers can switch without missing a delivery. */
export const secretOverlapMs = 24 * 60 * 60 * 1000;

@Injectable()
export class RotateWebhookSecretUseCase {
  private readonly store: EventStore;

  constructor(@Inject(PG_POOL) pool: Pool) {
    this.store = webhookSubscriptionsEventStore(pool);
  }

  /** The new secret, shown once (null on a replayed retry); until the overlap ends, deliveries carry both signatures. */
  async execute(identity: Identity, subscriptionId: string, idempotencyKey?: string, now = new Date()): Promise<string | null> {
    const secret = newWebhookSecret();
    const validUntil = new Date(now.getTime() + secretOverlapMs);
    const { replayed } = await this.store.transaction((client) =>
      withIdempotency(client, { tenantId: identity.tenant, key: idempotencyKey, command: 'RotateWebhookSecret' }, async () => {
        const aggregate = await loadAggregate(client, webhookSubscriptionDecider, { tenantId: identity.tenant, ...webhookSubscriptionStream(subscriptionId) });
        const events = webhookSubscriptionDecider.decide(
          { type: 'RotateWebhookSecret', subscriptionId, previousSecretValidUntil: validUntil, by: identity.sub },
          aggregate.state,
        );
        await this.store.append(client, [appendTo(aggregate, events)], { correlationId: uuidv7() });
        await client.query('UPDATE webhook_signing_secrets SET valid_until = $2 WHERE subscription_id = $1 AND (valid_until IS NULL OR valid_until > $2)', [subscriptionId, validUntil]);
        await client.query('INSERT INTO webhook_signing_secrets (subscription_id, secret, created_at) VALUES ($1, $2, $3)', [subscriptionId, secret, now]);
        return null;
      }),
    );
    return replayed ? null : secret;
  }
}
