import { sqlMigration, type Migration } from '@groundswell/service-kit';

// A text's MinHash signature, and its LSH band keys: a new text's candidates are the items sharing a
// band key (one index lookup per band) instead of every item of the tenant.
const originalitySql = `
  CREATE TABLE content_originality (
    tenant_id text NOT NULL,
    content_item_id uuid NOT NULL,
    text_hash text NOT NULL,
    signature bigint[] NOT NULL,
    original boolean NOT NULL,
    near_duplicates jsonb NOT NULL,
    checked_at timestamptz NOT NULL,
    first_checked_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, content_item_id)
  );
  CREATE INDEX content_originality_by_first_check ON content_originality (tenant_id, first_checked_at);
  CREATE TABLE content_originality_bands (
    tenant_id text NOT NULL,
    band_key text NOT NULL,
    content_item_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, band_key, content_item_id)
  );
  CREATE INDEX content_originality_bands_by_item ON content_originality_bands (tenant_id, content_item_id)`;

export const originalityMigrations: Migration[] = [sqlMigration('content/0110-content-originality', originalitySql)];
