import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Bumped in the ingest transaction (by trigger, once per statement) and by every swap, so a cached
// KPI answer keyed by it goes stale exactly when the tenant's projections change.
const tenantWatermarksSql = `
  CREATE TABLE analytics_tenant_watermarks (
    tenant_id text PRIMARY KEY,
    version bigint NOT NULL
  );
  CREATE FUNCTION analytics_bump_tenant_watermarks() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO analytics_tenant_watermarks (tenant_id, version)
    SELECT tenant_id, count(*) FROM inserted_events GROUP BY tenant_id
    ON CONFLICT (tenant_id) DO UPDATE SET version = analytics_tenant_watermarks.version + EXCLUDED.version;
    RETURN NULL;
  END $$;
  CREATE TRIGGER analytics_events_bump_tenant_watermarks
    AFTER INSERT ON analytics_events REFERENCING NEW TABLE AS inserted_events
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_bump_tenant_watermarks()`;

export const tenantWatermarkMigrations: Migration[] = [sqlMigration('analytics/rebuild-0003-tenant-watermarks', tenantWatermarksSql)];
