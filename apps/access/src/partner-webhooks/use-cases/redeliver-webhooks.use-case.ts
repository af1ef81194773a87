import { Inject, Injectable } from '@nestjs/common';
import { withIdempotency, withTransaction } from '@groundswell/event-store';
import { PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool, PoolClient } from 'pg';
import { WebhookError } from '../webhook.error';

/** Sends deliveries again, whatever became of them: receivers deduplicate by `webhook-id`. A retried request sends nothing more. */
@Injectable()
export class RedeliverWebhooksUseCase {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async redeliver(identity: Identity, deliveryId: string, idempotencyKey?: string, now = new Date()): Promise<void> {
    await this.once(identity, 'RedeliverWebhook', idempotencyKey, async (client) => {
      const { rowCount } = await client.query(
        `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $3, attempts_before_round = attempts WHERE delivery_id = $1 AND tenant_id = $2`,
        [deliveryId, identity.tenant, now],
      );
      if (rowCount === 0) throw new WebhookError('DELIVERY_NOT_FOUND', 'No such webhook delivery', { deliveryId });
      return 1;
    });
  }

  /** Every event of the subscription from `from` on, again; returns how many. */
  replay(identity: Identity, subscriptionId: string, from: Date, idempotencyKey?: string, now = new Date()): Promise<number> {
    if (Number.isNaN(from.getTime()) || from > now) throw new WebhookError('REPLAY_FROM_INVALID', 'Replay must start at a past instant', { from });
    return this.once(identity, 'ReplayWebhooks', idempotencyKey, async (client) => {
      const exists = await client.query('SELECT 1 FROM webhook_subscriptions WHERE subscription_id = $1 AND tenant_id = $2', [subscriptionId, identity.tenant]);
      if (exists.rowCount === 0) throw new WebhookError('SUBSCRIPTION_NOT_FOUND', 'No such webhook subscription', { subscriptionId });
      const { rowCount } = await client.query(
        `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $4, attempts_before_round = attempts
         WHERE subscription_id = $1 AND tenant_id = $2 AND event_time >= $3`,
        [subscriptionId, identity.tenant, from, now],
      );
      return rowCount ?? 0;
    });
  }

  private async once(identity: Identity, command: string, key: string | undefined, work: (client: PoolClient) => Promise<number>): Promise<number> {
    const { result } = await withTransaction(this.pool, (client) => withIdempotency(client, { tenantId: identity.tenant, key, command }, () => work(client)));
    return result;
  }
}
