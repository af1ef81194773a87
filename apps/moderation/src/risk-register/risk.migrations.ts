import { sqlMigration, type Migration } from '@groundswell/service-kit';

// The register is read by score (worst first) and by review date (what is overdue); both indexed.
const risksSql = `
  CREATE TABLE risks (
    tenant_id text NOT NULL,
    risk_id text NOT NULL,
    risk_type text NOT NULL,
    title text NOT NULL,
    description text,
    likelihood smallint NOT NULL,
    impact smallint NOT NULL,
    score smallint NOT NULL,
    band text NOT NULL,
    potential_loss_yuan numeric,
    owner text NOT NULL,
    review_due date NOT NULL,
    status text NOT NULL DEFAULT 'open',
    registered_at timestamptz NOT NULL,
    registered_by text NOT NULL,
    last_assessed_at timestamptz NOT NULL,
    closed_at timestamptz,
    closed_reason text,
    PRIMARY KEY (tenant_id, risk_id)
  );
  CREATE INDEX risks_by_score ON risks (tenant_id, score DESC, risk_id);
  CREATE INDEX risks_open_by_review_due ON risks (tenant_id, review_due, risk_id) WHERE status = 'open';

  CREATE TABLE risk_assessments (
    tenant_id text NOT NULL,
    event_id uuid NOT NULL,
    risk_id text NOT NULL,
    likelihood smallint NOT NULL,
    impact smallint NOT NULL,
    score smallint NOT NULL,
    band text NOT NULL,
    potential_loss_yuan numeric,
    note text,
    assessed_by text NOT NULL,
    assessed_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, event_id)
  );
  CREATE INDEX risk_assessments_by_risk ON risk_assessments (tenant_id, risk_id, assessed_at)`;

export const riskMigrations: Migration[] = [sqlMigration('moderation/risk-register-0001-risks', risksSql)];
