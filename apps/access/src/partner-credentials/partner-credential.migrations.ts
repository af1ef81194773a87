import { sqlMigration, type Migration } from '@groundswell/service-kit';

const partnerCredentialsSql = `
  CREATE TABLE partner_credentials (
    credential_id text PRIMARY KEY,
    tenant_id text NOT NULL,
    partner text NOT NULL,
    username text NOT NULL UNIQUE,
    mechanism text NOT NULL,
    topic_prefix text NOT NULL,
    group_prefix text NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    revoked_at timestamptz,
    revoked_by text
  );
  CREATE INDEX partner_credentials_by_tenant_newest ON partner_credentials (tenant_id, created_at DESC, credential_id DESC)`;

export const partnerCredentialMigrations: Migration[] = [sqlMigration('access/0003-partner-credentials', partnerCredentialsSql)];
