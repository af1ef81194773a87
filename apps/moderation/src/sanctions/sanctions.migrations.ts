import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Sanctions are read per member (their record) and per tenant newest first; the scheduler looks for
// active mutes past their end across tenants, which the partial index keeps small.
const sanctionsSql = `
  CREATE TABLE moderation_sanctions (
    tenant_id text NOT NULL,
    sanction_id uuid NOT NULL,
    member_id uuid NOT NULL,
    kind text NOT NULL,
    community_id uuid,
    content_id text,
    duration_minutes integer,
    expires_at timestamptz,
    rule_id text NOT NULL,
    reason text NOT NULL,
    notice text NOT NULL,
    applied_by_kind text NOT NULL,
    applied_by_id text NOT NULL,
    applied_at timestamptz NOT NULL,
    case_id uuid,
    escalation_policy_version integer,
    status text NOT NULL,
    lifted_at timestamptz,
    lifted_by text,
    lift_reason text,
    appeal_id uuid,
    expired_at timestamptz,
    PRIMARY KEY (tenant_id, sanction_id)
  );
  CREATE INDEX moderation_sanctions_newest ON moderation_sanctions (tenant_id, applied_at DESC, sanction_id DESC);
  CREATE INDEX moderation_sanctions_by_member ON moderation_sanctions (tenant_id, member_id, applied_at DESC);
  CREATE INDEX moderation_sanctions_mutes_due ON moderation_sanctions (expires_at) WHERE kind = 'mute' AND status = 'active'`;

const escalationPoliciesSql = `
  CREATE TABLE moderation_escalation_policies (
    tenant_id text PRIMARY KEY,
    version integer NOT NULL,
    steps jsonb NOT NULL,
    set_by text NOT NULL,
    set_at timestamptz NOT NULL
  )`;

export const sanctionMigrations: Migration[] = [
  sqlMigration('moderation/0103-sanctions', sanctionsSql),
  sqlMigration('moderation/0104-escalation-policies', escalationPoliciesSql),
];
