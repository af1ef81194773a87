import { sqlMigration, type Migration } from '@groundswell/service-kit';

// One row per content event analytics reads (content-facts.ts), the fact kept whole as jsonb like the
// campaign facts. Engagement signals are the bulk; they are read by tenant and day, hence the index.
// community_id is null for item events: an item targets several communities (fact.communityIds).
const contentFactsSql = `
  CREATE TABLE content_facts (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    item_id text NOT NULL,
    community_id uuid,
    kind text NOT NULL CHECK (kind IN ('item', 'published', 'review', 'engagement', 'contribution')),
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    fact jsonb NOT NULL
  );
  CREATE INDEX content_facts_by_tenant ON content_facts (tenant_id, occurred_at)`;

export const contentFactTables = ['content_facts'] as const;

export const contentFactsMigrations: Migration[] = [sqlMigration('analytics/content-facts-0001-content-facts', contentFactsSql)];
