import { sqlMigration, type Migration } from '@groundswell/service-kit';

// One row per campaign event analytics reads (campaign-facts.ts), kept whole as jsonb like the
// moderation facts: campaigns, participations and conversions are few beside member activity, and
// every KPI over them folds per campaign and per conversion (its attribution, its refunds) anyway.
// campaign_id is null for conversion events: their campaigns come from the attribution.
const campaignFactsSql = `
  CREATE TABLE campaign_facts (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    campaign_id text,
    kind text NOT NULL CHECK (kind IN ('plan', 'lifecycle', 'participation', 'acquisition', 'conversion', 'attribution', 'refund')),
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    fact jsonb NOT NULL
  );
  CREATE INDEX campaign_facts_by_tenant ON campaign_facts (tenant_id, recorded_at)`;

export const campaignFactTables = ['campaign_facts'] as const;

export const campaignFactsMigrations: Migration[] = [sqlMigration('analytics/campaign-facts-0001-campaign-facts', campaignFactsSql)];
