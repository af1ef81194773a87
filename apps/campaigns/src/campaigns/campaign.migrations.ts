import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Lists read a tenant's campaigns newest first, optionally by status, kind or community; the clock
// finds campaigns due to start or end by status and instant.
const campaignsSql = `
  CREATE TABLE campaigns (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    name text NOT NULL,
    plan jsonb NOT NULL,
    community_ids text[] NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    post_mortem jsonb,
    pause_reason text,
    end_reason text,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id)
  );
  CREATE INDEX campaigns_by_tenant_newest ON campaigns (tenant_id, created_at DESC, campaign_id DESC);
  CREATE INDEX campaigns_by_community ON campaigns USING gin (community_ids);
  CREATE INDEX campaigns_due_to_start ON campaigns (starts_at) WHERE status = 'scheduled';
  CREATE INDEX campaigns_due_to_end ON campaigns (ends_at) WHERE status IN ('running', 'paused')`;

export const campaignMigrations: Migration[] = [sqlMigration('campaigns/0002-campaigns', campaignsSql)];
