import type { ScheduledPass } from '@groundswell/event-store';
import type { Pool } from 'pg';
import type { WebhookUrlPolicy } from '../url/webhook-url-policy';
import { afterFailedAttempt, shouldDisable } from './retry-schedule';
import { sendWebhook, succeeded, type SendResult } from './webhook-sender';
import { signDelivery } from './webhook-signer';

interface DueDelivery {
  deliveryId: string;
  subscriptionId: string;
  tenantId: string;
  webhookId: string;
  payload: string;
  attempts: number;
  attemptsBeforeRound: number;
  url: string;
}

export type DisableFailing = (tenantId: string, subscriptionId: string, failingSince: Date) => Promise<void>;

const parallelism = 8;

/**
 * One round of webhook sending at `at`: every due delivery of an active subscription is signed and
 * sent, its attempt logged, and a failure scheduled for retry (or given up after the last). A
 * subscription failing with no success for days is disabled. Runs on the leader only.
 */
export class WebhookDispatcher implements ScheduledPass {
  readonly name = 'access.partner-webhooks.dispatch';

  constructor(
    private readonly urlPolicy: WebhookUrlPolicy,
    private readonly disableFailing: DisableFailing,
    private readonly batchSize = 200,
  ) {}

  async run(pool: Pool, at: Date): Promise<number> {
    const { rows: due } = await pool.query<DueDelivery>(
      `SELECT d.delivery_id AS "deliveryId", d.subscription_id AS "subscriptionId", d.tenant_id AS "tenantId", d.webhook_id AS "webhookId",
              d.payload, d.attempts, d.attempts_before_round AS "attemptsBeforeRound", s.url
       FROM webhook_deliveries d JOIN webhook_subscriptions s USING (subscription_id)
       WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND s.status = 'active'
       ORDER BY d.next_attempt_at, d.delivery_id LIMIT $2`,
      [at, this.batchSize],
    );
    if (due.length === 0) return 0;
    const secrets = await this.signingSecrets(pool, [...new Set(due.map((delivery) => delivery.subscriptionId))], at);
    const outcomes = new Map<string, { tenantId: string; anySuccess: boolean }>();
    for (let start = 0; start < due.length; start += parallelism) {
      await Promise.all(
        due.slice(start, start + parallelism).map(async (delivery) => {
          // The signature's timestamp is the real send time: receivers check it against their clock.
          const headers = signDelivery(secrets.get(delivery.subscriptionId) ?? [], delivery.webhookId, new Date(), delivery.payload);
          const result = await sendWebhook(delivery.url, delivery.payload, headers, this.urlPolicy.lookup);
          await this.record(pool, delivery, result, at);
          const outcome = outcomes.get(delivery.subscriptionId) ?? { tenantId: delivery.tenantId, anySuccess: false };
          outcomes.set(delivery.subscriptionId, { ...outcome, anySuccess: outcome.anySuccess || succeeded(result) });
        }),
      );
    }
    for (const [subscriptionId, { tenantId, anySuccess }] of outcomes) await this.trackHealth(pool, tenantId, subscriptionId, anySuccess, at);
    return due.length;
  }

  private async signingSecrets(pool: Pool, subscriptionIds: string[], at: Date): Promise<Map<string, string[]>> {
    const { rows } = await pool.query<{ subscriptionId: string; secret: string }>(
      `SELECT subscription_id AS "subscriptionId", secret FROM webhook_signing_secrets
       WHERE subscription_id = ANY ($1) AND (valid_until IS NULL OR valid_until > $2) ORDER BY created_at DESC`,
      [subscriptionIds, at],
    );
    const bySubscription = new Map<string, string[]>();
    for (const { subscriptionId, secret } of rows) bySubscription.set(subscriptionId, [...(bySubscription.get(subscriptionId) ?? []), secret]);
    return bySubscription;
  }

  private async record(pool: Pool, delivery: DueDelivery, result: SendResult, at: Date): Promise<void> {
    const attempt = delivery.attempts + 1;
    const nextAttemptAt = succeeded(result) ? null : afterFailedAttempt(attempt - delivery.attemptsBeforeRound, at);
    const status = succeeded(result) ? 'delivered' : nextAttemptAt ? 'pending' : 'failed';
    await pool.query(
      `WITH attempt AS (
         INSERT INTO webhook_delivery_attempts (delivery_id, attempt, attempted_at, response_status, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)
       )
       UPDATE webhook_deliveries SET attempts = $2, status = $7, next_attempt_at = coalesce($8, next_attempt_at),
         delivered_at = CASE WHEN $7 = 'delivered' THEN $3 ELSE delivered_at END
       WHERE delivery_id = $1`,
      [delivery.deliveryId, attempt, at, result.status ?? null, result.error ?? null, result.durationMs, status, nextAttemptAt],
    );
  }

  private async trackHealth(pool: Pool, tenantId: string, subscriptionId: string, anySuccess: boolean, at: Date): Promise<void> {
    const { rows } = await pool.query<{ failingSince: Date | null }>(
      `UPDATE webhook_subscriptions SET failing_since = CASE WHEN $2 THEN NULL ELSE coalesce(failing_since, $3) END
       WHERE subscription_id = $1 RETURNING failing_since AS "failingSince"`,
      [subscriptionId, anySuccess, at],
    );
    const failingSince = rows[0]?.failingSince ?? null;
    if (shouldDisable(failingSince, at)) await this.disableFailing(tenantId, subscriptionId, failingSince!);
  }
}
