import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Appeals are read as a tenant's list (open ones are the work) and by id; one per sanction.
const appealsSql = `
  CREATE TABLE moderation_appeals (
    tenant_id text NOT NULL,
    appeal_id uuid NOT NULL,
    sanction_id uuid NOT NULL,
    member_id uuid NOT NULL,
    statement text NOT NULL,
    filed_by_kind text NOT NULL,
    filed_by_id text NOT NULL,
    sanctioned_by text NOT NULL,
    status text NOT NULL,
    decision_reason text,
    decided_by text,
    filed_at timestamptz NOT NULL,
    decided_at timestamptz,
    PRIMARY KEY (tenant_id, appeal_id),
    UNIQUE (tenant_id, sanction_id)
  );
  CREATE INDEX moderation_appeals_newest ON moderation_appeals (tenant_id, filed_at DESC, appeal_id DESC)`;

export const appealMigrations: Migration[] = [sqlMigration('moderation/0105-appeals', appealsSql)];
