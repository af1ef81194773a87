import { sqlMigration, type Migration } from '@groundswell/service-kit';

// content_calendar_items: what the content items feature scheduled or published, one row per item
// and target community, so a community's cadence is a range count on one index.
const calendarSql = `
  CREATE TABLE content_plans (
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    posts_per_week_min integer NOT NULL,
    posts_per_week_max integer NOT NULL,
    type_mix jsonb NOT NULL,
    stale_after_days integer NOT NULL,
    time_zone text NOT NULL,
    regions text[] NOT NULL,
    set_at timestamptz NOT NULL,
    set_by text NOT NULL,
    PRIMARY KEY (tenant_id, community_id)
  );
  CREATE TABLE content_calendar_items (
    tenant_id text NOT NULL,
    content_item_id uuid NOT NULL,
    community_id uuid NOT NULL,
    title text NOT NULL,
    content_type text NOT NULL,
    status text NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
    publish_at timestamptz,
    published_at timestamptz,
    PRIMARY KEY (tenant_id, content_item_id, community_id)
  );
  CREATE INDEX content_calendar_items_by_community_time ON content_calendar_items (tenant_id, community_id, (coalesce(published_at, publish_at)))`;

export const calendarMigrations: Migration[] = [sqlMigration('content/0100-content-calendar', calendarSql)];
