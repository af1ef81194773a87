import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Numbered apart from the campaigns features landing beside it, so no two migrations share a name.
const lotteriesSql = `
  CREATE TABLE lotteries (
    tenant_id text NOT NULL,
    lottery_id text NOT NULL,
    campaign_id text NOT NULL,
    name text NOT NULL,
    prizes jsonb NOT NULL,
    seed_commitment text NOT NULL,
    entries_close_at timestamptz NOT NULL,
    status text NOT NULL,
    entrant_count integer NOT NULL DEFAULT 0,
    entries_digest text,
    seed text,
    algorithm text,
    winners jsonb,
    drawn_at timestamptz,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    PRIMARY KEY (tenant_id, lottery_id)
  );
  CREATE INDEX lotteries_by_campaign ON lotteries (tenant_id, campaign_id, created_at DESC, lottery_id DESC);
  CREATE INDEX lotteries_by_tenant_newest ON lotteries (tenant_id, created_at DESC, lottery_id DESC);
  CREATE TABLE lottery_entries (
    tenant_id text NOT NULL,
    lottery_id text NOT NULL,
    member_id text NOT NULL,
    entered_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, lottery_id, member_id)
  )`;

export const lotteryMigrations: Migration[] = [sqlMigration('campaigns/0010-lotteries', lotteriesSql)];
