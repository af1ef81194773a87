import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Lists read a tenant's rule sets newest first; the index serves that order and its cursor.
// published_version 0: never published.
const ruleSetsSql = `
  CREATE TABLE rule_sets (
    tenant_id text NOT NULL,
    rule_set_id text NOT NULL,
    title text NOT NULL,
    draft_rules text[] NOT NULL DEFAULT '{}',
    published_version integer NOT NULL DEFAULT 0,
    published_rules text[],
    published_at timestamptz,
    published_by text,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, rule_set_id)
  );
  CREATE INDEX rule_sets_by_tenant_newest ON rule_sets (tenant_id, created_at DESC, rule_set_id DESC)`;

export const ruleSetMigrations: Migration[] = [sqlMigration('moderation/0001-rule-sets', ruleSetsSql)];
