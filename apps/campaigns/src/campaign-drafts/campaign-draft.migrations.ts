import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Lists read a tenant's campaign drafts newest first; the index serves that order and its cursor.
const campaignDraftsSql = `
  CREATE TABLE campaign_drafts (
    tenant_id text NOT NULL,
    campaign_draft_id text NOT NULL,
    title text NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, campaign_draft_id)
  );
  CREATE INDEX campaign_drafts_by_tenant_newest ON campaign_drafts (tenant_id, created_at DESC, campaign_draft_id DESC)`;

export const campaignDraftMigrations: Migration[] = [sqlMigration('campaigns/0001-campaign-drafts', campaignDraftsSql)];
