import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Touchpoints are read by member and time at each conversion; credits by campaign and model for GMV.
const conversionsSql = `
  CREATE TABLE attribution_touchpoints (
    tenant_id text NOT NULL,
    touchpoint_id text NOT NULL,
    kind text NOT NULL,
    member_id text NOT NULL,
    campaign_id text NOT NULL,
    occurred_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, touchpoint_id)
  );
  CREATE INDEX attribution_touchpoints_by_member ON attribution_touchpoints (tenant_id, member_id, occurred_at);
  CREATE TABLE conversions (
    tenant_id text NOT NULL,
    conversion_id text NOT NULL,
    external_order_id text NOT NULL,
    kind text NOT NULL,
    member_id text NOT NULL,
    amount_minor bigint NOT NULL,
    refunded_minor bigint NOT NULL DEFAULT 0,
    currency text NOT NULL,
    occurred_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, conversion_id),
    UNIQUE (tenant_id, external_order_id)
  );
  CREATE INDEX conversions_by_tenant_newest ON conversions (tenant_id, created_at DESC, conversion_id DESC);
  CREATE TABLE conversion_credits (
    tenant_id text NOT NULL,
    conversion_id text NOT NULL,
    model text NOT NULL,
    model_version integer NOT NULL,
    campaign_id text NOT NULL,
    touchpoint_id text NOT NULL,
    amount_minor bigint NOT NULL,
    PRIMARY KEY (tenant_id, conversion_id, model, model_version, touchpoint_id)
  );
  CREATE INDEX conversion_credits_by_campaign ON conversion_credits (tenant_id, campaign_id, model, model_version)`;

// Touchpoints of every kind (participation, referral, coupon claim, content click) with where and
// through whom they happened, so credits can be read by community, channel and referrer too.
const touchpointSourcesSql = `
  ALTER TABLE attribution_touchpoints ADD COLUMN community_id text, ADD COLUMN channel text, ADD COLUMN referrer_id text;
  ALTER TABLE conversion_credits ADD COLUMN touchpoint_kind text, ADD COLUMN community_id text, ADD COLUMN channel text, ADD COLUMN referrer_id text;
  UPDATE conversion_credits c SET touchpoint_kind = t.kind FROM attribution_touchpoints t WHERE t.tenant_id = c.tenant_id AND t.touchpoint_id = c.touchpoint_id`;

export const conversionMigrations: Migration[] = [
  sqlMigration('campaigns/0004-conversions', conversionsSql),
  // Sorts right after 0004 and before 0005, keeping the service's names in the order they run.
  sqlMigration('campaigns/0004-conversions-touchpoint-sources', touchpointSourcesSql),
];
