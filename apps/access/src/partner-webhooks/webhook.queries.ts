import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
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

  async subscriptions(tenantId: string, first?: number, after?: string): Promise<Connection<WebhookSubscriptionRecord>> {
    const size = pageSize(first);
    const [createdAt, id] = after ? decodeCursor(after, ['timestamp', 'key']) : [null, null];
    const [{ rows }, total] = await Promise.all([
      this.pool.query<WebhookSubscriptionRecord>(
        `SELECT ${subscriptionColumns} FROM webhook_subscriptions
         WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, subscription_id) < ($2::timestamptz, $3::text))
         ORDER BY created_at DESC, subscription_id DESC LIMIT $4`,
        [tenantId, createdAt, id, size + 1],
      ),
      this.pool.query<{ count: number }>('SELECT count(*)::int AS count FROM webhook_subscriptions WHERE tenant_id = $1', [tenantId]),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), (row) => row);
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
  async deliveries(
    tenantId: string,
    subscriptionId: string,
    status: string | undefined,
    first?: number,
    after?: string,
    deliveryId?: string,
  ): Promise<Connection<WebhookDeliveryRecord>> {
    const size = pageSize(first);
    const [eventTime, id] = after ? decodeCursor(after, ['timestamp', 'key']) : [null, null];
    const filter = (deliveryParam: string) =>
      `tenant_id = $1 AND subscription_id = $2 AND ($3::text IS NULL OR status = $3) AND (${deliveryParam}::text IS NULL OR delivery_id = ${deliveryParam})`;
    const [{ rows }, total] = await Promise.all([
      this.pool.query<WebhookDeliveryRecord>(
        `SELECT d.delivery_id AS id, d.subscription_id AS "subscriptionId", d.webhook_id AS "webhookId", d.event_type AS "eventType",
                d.event_time AS "eventTime", d.status, d.attempts,
                CASE WHEN d.status = 'pending' THEN d.next_attempt_at END AS "nextAttemptAt", d.delivered_at AS "deliveredAt",
                coalesce((SELECT json_agg(json_build_object('attempt', a.attempt, 'attemptedAt', a.attempted_at, 'responseStatus', a.response_status,
                                                            'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)
                          FROM webhook_delivery_attempts a WHERE a.delivery_id = d.delivery_id), '[]') AS "attemptLog"
         FROM webhook_deliveries d
         WHERE ${filter('$7')} AND ($4::timestamptz IS NULL OR (d.event_time, d.delivery_id) < ($4::timestamptz, $5::text))
         ORDER BY d.event_time DESC, d.delivery_id DESC LIMIT $6`,
        [tenantId, subscriptionId, status ?? null, eventTime, id, size + 1, deliveryId ?? null],
      ),
      this.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM webhook_deliveries WHERE ${filter('$4')}`, [
        tenantId,
        subscriptionId,
        status ?? null,
        deliveryId ?? null,
      ]),
    ]);
    const withDates = rows.map((row) => ({ ...row, attemptLog: row.attemptLog.map((entry) => ({ ...entry, attemptedAt: new Date(entry.attemptedAt) })) }));
    return toConnection(withDates, size, total.rows[0]!.count, (row) => encodeCursor([row.eventTime.toISOString(), row.id]), (row) => row);
  }
}
