import { defineProjection, EventStore } from '@groundswell/event-store';
import type { Pool } from 'pg';
import { webhookEventTypes, type WebhookSubscriptionEvent } from './webhook-subscription.events';

/** `webhook_subscriptions`: one row per subscription with its status and, when disabled, why. */
export const webhookSubscriptionsProjection = defineProjection<WebhookSubscriptionEvent>('webhook_subscriptions', {
  [webhookEventTypes.created]: (client, { tenantId, data, occurredAt }) =>
    client.query(
      `INSERT INTO webhook_subscriptions (subscription_id, tenant_id, partner, url, event_types, status, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, 'active', $6, $7)`,
      [data.subscriptionId, tenantId, data.partner, data.url, data.eventTypes, occurredAt, data.createdBy],
    ),
  [webhookEventTypes.disabled]: (client, { tenantId, data }) =>
    client.query(`UPDATE webhook_subscriptions SET status = 'disabled', disabled_reason = $3, disabled_notice = $4 WHERE subscription_id = $1 AND tenant_id = $2`, [
      data.subscriptionId,
      tenantId,
      data.reason,
      data.notice,
    ]),
  [webhookEventTypes.enabled]: (client, { tenantId, data }) =>
    client.query(
      `UPDATE webhook_subscriptions SET status = 'active', disabled_reason = NULL, disabled_notice = NULL, failing_since = NULL
       WHERE subscription_id = $1 AND tenant_id = $2`,
      [data.subscriptionId, tenantId],
    ),
});

export const webhookSubscriptionsEventStore = (pool: Pool) => new EventStore(pool, { 'webhook-subscription': [webhookSubscriptionsProjection] });
