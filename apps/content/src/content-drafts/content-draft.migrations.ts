import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Lists read a tenant's content drafts newest first; the index serves that order and its cursor.
const contentDraftsSql = `
  CREATE TABLE content_drafts (
    tenant_id text NOT NULL,
    content_draft_id text NOT NULL,
    title text NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, content_draft_id)
  );
  CREATE INDEX content_drafts_by_tenant_newest ON content_drafts (tenant_id, created_at DESC, content_draft_id DESC)`;

export const contentDraftMigrations: Migration[] = [sqlMigration('content/0001-content-drafts', contentDraftsSql)];
