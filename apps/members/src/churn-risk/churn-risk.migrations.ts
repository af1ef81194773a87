import { sqlMigration } from '@groundswell/service-kit';

export const churnRiskMigration = sqlMigration(
  'members/0011-churn-risk',
  `
  CREATE TABLE member_churn_risk (
    tenant_id     text             NOT NULL,
    community_id  uuid             NOT NULL,
    member_id     uuid             NOT NULL,
    score         double precision NOT NULL,
    band          text             NOT NULL,
    model_version text             NOT NULL,
    assessed_at   timestamptz      NOT NULL,
    confirmed     boolean,
    reviewed_by   text,
    reviewed_at   timestamptz,
    note          jsonb,
    PRIMARY KEY (tenant_id, community_id, member_id)
  );
  CREATE INDEX member_churn_risk_by_band ON member_churn_risk (tenant_id, community_id, band);

`,
);
