import { sqlMigration, type Migration } from '@groundswell/service-kit';

// One row per moderation event analytics reads (moderation-facts.ts): few events beside activity,
// each a different shape, so the fact is kept whole as jsonb and the columns are what every KPI
// filters on. recorded_at makes it answerable as of any instant, like the member facts.
const moderationFactsSql = `
  CREATE TABLE moderation_facts (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    community_id uuid,
    kind text NOT NULL CHECK (kind IN ('case', 'report', 'sanction', 'appeal', 'crisisAlert')),
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    fact jsonb NOT NULL
  );
  CREATE INDEX moderation_facts_by_tenant_kind ON moderation_facts (tenant_id, kind, occurred_at)`;

export const moderationFactTables = ['moderation_facts'] as const;

export const moderationFactsMigrations: Migration[] = [sqlMigration('analytics/moderation-facts-0001-moderation-facts', moderationFactsSql)];
