import { sqlMigration, type Migration } from '@groundswell/service-kit';

// fulfilment is null for rewards that need none (points, badges, coupons).
const rewardGrantsSql = `
  CREATE TABLE reward_grants (
    tenant_id text NOT NULL,
    grant_id text NOT NULL,
    campaign_id text NOT NULL,
    member_id text NOT NULL,
    kind text NOT NULL,
    reward jsonb NOT NULL,
    reason jsonb NOT NULL,
    fulfilment text CHECK (fulfilment IN ('pending', 'shipped', 'delivered', 'cancelled')),
    carrier text,
    tracking_number text,
    cancel_reason text,
    granted_at timestamptz NOT NULL,
    granted_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, grant_id)
  );
  CREATE INDEX reward_grants_by_campaign ON reward_grants (tenant_id, campaign_id, granted_at DESC, grant_id DESC);
  CREATE INDEX reward_grants_by_member ON reward_grants (tenant_id, member_id, granted_at DESC, grant_id DESC);
  CREATE INDEX reward_grants_by_fulfilment ON reward_grants (tenant_id, fulfilment, granted_at DESC, grant_id DESC) WHERE fulfilment IS NOT NULL`;

export const rewardMigrations: Migration[] = [sqlMigration('campaigns/0021-reward-grants', rewardGrantsSql)];
