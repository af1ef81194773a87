import { sqlMigration, type Migration } from '@groundswell/service-kit';

// One open case per target at a time: the partial unique index is what makes concurrent reports on
// one message join one case (the loser's transaction conflicts, retries, and finds the winner's case).
// The queue reads open cases by priority, then oldest first.
const reviewCasesSql = `
  CREATE TABLE moderation_review_cases (
    tenant_id text NOT NULL,
    case_id uuid NOT NULL,
    target_kind text NOT NULL,
    target_id text NOT NULL,
    community_id uuid,
    source text NOT NULL,
    priority text NOT NULL,
    priority_rank smallint NOT NULL,
    level smallint NOT NULL,
    status text NOT NULL,
    holder text,
    automatic_verdict text,
    risk_score real,
    report_count integer NOT NULL,
    decision text,
    decision_reason text,
    decided_by text,
    overturns_automatic_verdict boolean,
    opened_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    decided_at timestamptz,
    PRIMARY KEY (tenant_id, case_id)
  );
  CREATE UNIQUE INDEX moderation_review_cases_one_open_per_target ON moderation_review_cases (tenant_id, target_kind, target_id) WHERE status = 'open';
  CREATE INDEX moderation_review_cases_queue ON moderation_review_cases (tenant_id, status, priority_rank DESC, opened_at, case_id)`;

export const reviewQueueMigrations: Migration[] = [sqlMigration('moderation/0101-review-cases', reviewCasesSql)];
