import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Reports are read per case (what was said about it) and per tenant, newest first.
const reportsSql = `
  CREATE TABLE moderation_reports (
    tenant_id text NOT NULL,
    report_id uuid NOT NULL,
    case_id uuid NOT NULL,
    target_kind text NOT NULL,
    target_id text NOT NULL,
    community_id uuid,
    category text NOT NULL,
    detail text,
    reported_by_kind text NOT NULL,
    reported_by_id text NOT NULL,
    filed_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, report_id)
  );
  CREATE INDEX moderation_reports_newest ON moderation_reports (tenant_id, filed_at DESC, report_id DESC);
  CREATE INDEX moderation_reports_by_case ON moderation_reports (tenant_id, case_id)`;

export const reportMigrations: Migration[] = [sqlMigration('moderation/0102-reports', reportsSql)];
