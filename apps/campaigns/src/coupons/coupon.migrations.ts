import { sqlMigration, type Migration } from '@groundswell/service-kit';

// `claimed` counts the batch's issued coupons; claims lock the batch row, so it is exact. A member's
// claims are counted from `coupons` through coupons_by_member.
const couponsSql = `
  CREATE TABLE coupon_batches (
    tenant_id text NOT NULL,
    batch_id text NOT NULL,
    campaign_id text NOT NULL,
    name text NOT NULL,
    stock integer NOT NULL,
    claimed integer NOT NULL DEFAULT 0 CHECK (claimed <= stock),
    per_member_limit integer NOT NULL,
    valid_from timestamptz NOT NULL,
    valid_until timestamptz NOT NULL,
    benefit jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    PRIMARY KEY (tenant_id, batch_id)
  );
  CREATE INDEX coupon_batches_by_campaign ON coupon_batches (tenant_id, campaign_id, created_at DESC, batch_id DESC);
  CREATE INDEX coupon_batches_by_tenant_newest ON coupon_batches (tenant_id, created_at DESC, batch_id DESC);
  CREATE TABLE coupons (
    tenant_id text NOT NULL,
    coupon_id text NOT NULL,
    batch_id text NOT NULL,
    campaign_id text NOT NULL,
    member_id text NOT NULL,
    code text NOT NULL,
    valid_from timestamptz NOT NULL,
    valid_until timestamptz NOT NULL,
    order_reference text,
    redeemed_at timestamptz,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, coupon_id),
    UNIQUE (tenant_id, code)
  );
  CREATE INDEX coupons_by_member ON coupons (tenant_id, batch_id, member_id);
  CREATE INDEX coupons_by_tenant_newest ON coupons (tenant_id, created_at DESC, coupon_id DESC)`;

export const couponMigrations: Migration[] = [sqlMigration('campaigns/0003-coupons', couponsSql)];
