import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Append-only by construction: a trigger refuses every UPDATE, DELETE and TRUNCATE, whoever asks.
const auditEntriesSql = `
  CREATE TABLE audit_entries (
    entry_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    actor text NOT NULL,
    operation_name text,
    fields text[] NOT NULL,
    targets jsonb NOT NULL,
    result text NOT NULL,
    request_id text NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX audit_entries_by_tenant_newest ON audit_entries (tenant_id, occurred_at DESC, entry_id DESC);
  CREATE INDEX audit_entries_by_tenant_actor ON audit_entries (tenant_id, actor, occurred_at DESC);

  CREATE FUNCTION audit_entries_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$;
  CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_are_append_only();
  CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_are_append_only()`;

export const auditMigrations: Migration[] = [sqlMigration('access/0002-audit-entries', auditEntriesSql)];
