import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Key ids are random and global, so the gateway's verification finds a key by id alone; every
// other read is by tenant. last_used_at is operational, written outside the event stream.
const apiKeysSql = `
  CREATE TABLE api_keys (
    key_id text PRIMARY KEY,
    tenant_id text NOT NULL,
    name text NOT NULL,
    permissions text[] NOT NULL,
    community_ids text[],
    secret_hash text NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    revoked_at timestamptz,
    revoked_by text,
    last_used_at timestamptz
  );
  CREATE INDEX api_keys_by_tenant_newest ON api_keys (tenant_id, created_at DESC, key_id DESC)`;

export const apiKeyMigrations: Migration[] = [sqlMigration('access/0001-api-keys', apiKeysSql)];
