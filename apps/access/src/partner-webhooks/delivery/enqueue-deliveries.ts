import type { EventEnvelope } from '@groundswell/events';
import type { MessageContext } from '@groundswell/messaging';
import type { PoolClient } from 'pg';

/** The Standard Webhooks body: the partner event's type, time and data, exactly as on the partner topic. */
export function webhookBody(envelope: EventEnvelope): string {
  return JSON.stringify({ type: envelope.type, timestamp: envelope.time, data: envelope.data });
}

/**
 * Queues a partner event for every subscription of its tenant that wants its type, disabled ones
 * included (they get it once enabled again). The `webhook-id` is the event's CloudEvents id, the same
 * for every retry, redelivery and replay, so receivers deduplicate by it. Due at once, to the
 * millisecond: the dispatcher's clock has no finer grain.
 */
export async function enqueueDeliveries(client: PoolClient, envelope: EventEnvelope, _context?: MessageContext): Promise<void> {
  await client.query(
    `INSERT INTO webhook_deliveries (delivery_id, subscription_id, tenant_id, webhook_id, event_type, event_time, payload, status, next_attempt_at, created_at)
     SELECT s.subscription_id || ':' || $1, s.subscription_id, s.tenant_id, $1, $2, $3, $4, 'pending', date_trunc('milliseconds', now()), now()
     FROM webhook_subscriptions s
     WHERE s.tenant_id = $5 AND (cardinality(s.event_types) = 0 OR $2 = ANY (s.event_types))
     ON CONFLICT (delivery_id) DO NOTHING`,
    [envelope.id, envelope.type, envelope.time, webhookBody(envelope), envelope.tenantid],
  );
}
