import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface WebhookSubscriptionRecord {
  id: string;
  partner: string;
  url: string;
  eventTypes: string[];
  status: 'active' | 'disabled';
  disabledReason: string | null;
  disabledNotice: string | null;
  failingSince: Date | null;
  createdAt: Date;
  createdBy: string;
}

export interface WebhookAttemptRecord {
  attempt: number;
  attemptedAt: Date;
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDeliveryRecord {
  id: string;
  subscriptionId: string;
  webhookId: string;
  eventType: string;
  eventTime: Date;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  attemptLog: WebhookAttemptRecord[];
}

const subscriptionColumns = `subscription_id AS id, partner, url, event_types AS "eventTypes", status, disabled_reason AS "disabledReason",
  disabled_notice AS "disabledNotice", failing_since AS "failingSince", created_at AS "createdAt", created_by AS "createdBy"`;

const deliveryColumns = `d.delivery_id AS id, d.subscription_id AS "subscriptionId", d.webhook_id AS "webhookId", d.event_type AS "eventType",
  d.event_time AS "eventTime", d.status, d.attempts,
  CASE WHEN d.status = 'pending' THEN d.next_attempt_at END AS "nextAttemptAt", d.delivered_at AS "deliveredAt",
  coalesce((SELECT json_agg(json_build_object('attempt', a.attempt, 'attemptedAt', a.attempted_at, 'responseStatus', a.response_status,
                                              'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)
            FROM webhook_delivery_attempts a WHERE a.delivery_id = d.delivery_id), '[]') AS "attemptLog"`;

@Injectable()
export class WebhookQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async subscription(tenantId: string, subscriptionId: string): Promise<WebhookSubscriptionRecord | null> {
    const { rows } = await this.pool.query<WebhookSubscriptionRecord>(`SELECT ${subscriptionColumns} FROM webhook_subscriptions WHERE tenant_id = $1 AND subscription_id = $2`, [
      tenantId,
      subscriptionId,
    ]);
    return rows[0] ?? null;
  }

  subscriptions(tenantId: string, first?: number, after?: string): Promise<Connection<WebhookSubscriptionRecord>> {
    return keysetPage(this.pool, { from: 'webhook_subscriptions', columns: subscriptionColumns, where: 'tenant_id = $1', values: [tenantId], time: 'created_at', key: 'subscription_id' }, { first, after });
  }

  async delivery(tenantId: string, deliveryId: string): Promise<WebhookDeliveryRecord | null> {
    const { rows } = await this.pool.query<{ subscriptionId: string }>('SELECT subscription_id AS "subscriptionId" FROM webhook_deliveries WHERE tenant_id = $1 AND delivery_id = $2', [
      tenantId,
      deliveryId,
    ]);
    if (!rows[0]) return null;
    const log = await this.deliveries(tenantId, rows[0].subscriptionId, undefined, undefined, undefined, deliveryId);
    return log.edges[0]?.node ?? null;
  }

  /** The delivery log of one subscription, newest event first, each with its attempts. */
  deliveries(
    tenantId: string,
    subscriptionId: string,
    status: string | undefined,
    first?: number,
    after?: string,
    deliveryId?: string,
  ): Promise<Connection<WebhookDeliveryRecord>> {
    const where = 'd.tenant_id = $1 AND d.subscription_id = $2 AND ($3::text IS NULL OR d.status = $3) AND ($4::text IS NULL OR d.delivery_id = $4)';
    return keysetPage(
      this.pool,
      { from: 'webhook_deliveries d', columns: deliveryColumns, where, values: [tenantId, subscriptionId, status ?? null, deliveryId ?? null], time: 'd.event_time', key: 'd.delivery_id' },
      { first, after },
      (row: WebhookDeliveryRecord) => ({ ...row, attemptLog: row.attemptLog.map((entry) => ({ ...entry, attemptedAt: new Date(entry.attemptedAt) })) }),
    );
  }
}
