import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Immutable: rows are only ever inserted. `type` and `data` are the upcast (newest) version.
const analyticsEventsSql = `
  CREATE TABLE analytics_events (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    type text NOT NULL,
    subject text NOT NULL,
    stream_version int NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    data jsonb NOT NULL
  );
  CREATE INDEX analytics_events_by_tenant_recorded ON analytics_events (tenant_id, recorded_at);
  CREATE INDEX analytics_events_by_tenant_occurred ON analytics_events (tenant_id, occurred_at)`;

export const analyticsLogMigrations: Migration[] = [sqlMigration('analytics/0001-analytics-events', analyticsEventsSql)];
