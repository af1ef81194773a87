import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Subscriptions are projected from their events; secrets, deliveries and attempts are operational
// state written by the use cases and the dispatcher (a delivery log, not facts of the domain).
const webhooksSql = `
  CREATE TABLE webhook_subscriptions (
    subscription_id text PRIMARY KEY,
    tenant_id text NOT NULL,
    partner text NOT NULL,
    url text NOT NULL,
    event_types text[] NOT NULL,
    status text NOT NULL CHECK (status IN ('active', 'disabled')),
    disabled_reason text,
    disabled_notice text,
    failing_since timestamptz,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
  );
  CREATE INDEX webhook_subscriptions_by_tenant_newest ON webhook_subscriptions (tenant_id, created_at DESC, subscription_id DESC);

  CREATE TABLE webhook_signing_secrets (
    subscription_id text NOT NULL,
    secret text NOT NULL,
    created_at timestamptz NOT NULL,
    valid_until timestamptz,
    PRIMARY KEY (subscription_id, created_at)
  );

  CREATE TABLE webhook_deliveries (
    delivery_id text PRIMARY KEY,
    subscription_id text NOT NULL,
    tenant_id text NOT NULL,
    webhook_id text NOT NULL,
    event_type text NOT NULL,
    event_time timestamptz NOT NULL,
    payload text NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    -- Attempts made before the current round of retries (a redelivery or replay starts a new round).
    attempts_before_round integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    delivered_at timestamptz,
    created_at timestamptz NOT NULL
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
  CREATE INDEX webhook_deliveries_by_subscription ON webhook_deliveries (subscription_id, event_time DESC, delivery_id DESC);

  CREATE TABLE webhook_delivery_attempts (
    delivery_id text NOT NULL REFERENCES webhook_deliveries ON DELETE CASCADE,
    attempt integer NOT NULL,
    attempted_at timestamptz NOT NULL,
    response_status integer,
    error text,
    duration_ms integer NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
  )`;

export const webhookMigrations: Migration[] = [sqlMigration('access/0004-partner-webhooks', webhooksSql)];
