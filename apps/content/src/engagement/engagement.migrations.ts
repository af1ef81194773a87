import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Senders redeliver; a client event id is recorded once per community. `engagement_totals` counts
// signals per item, variant and platform (variant '' when unknown), with the dwell time of views.
const engagementSql = `
  CREATE TABLE engagement_client_ids (
    tenant_id text NOT NULL,
    community_id text NOT NULL,
    client_event_id text NOT NULL,
    PRIMARY KEY (tenant_id, community_id, client_event_id)
  );
  CREATE TABLE engagement_totals (
    tenant_id text NOT NULL,
    item_id text NOT NULL,
    variant_id text NOT NULL,
    platform text NOT NULL,
    kind text NOT NULL,
    count bigint NOT NULL,
    dwell_ms bigint NOT NULL,
    last_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, item_id, variant_id, platform, kind)
  );`;

export const engagementMigrations: Migration[] = [sqlMigration('content/engagement-0001-signals', engagementSql)];
