import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Numbered apart from the campaigns features landing beside it, so no two migrations share a name.
const contestsSql = `
  CREATE TABLE contests (
    tenant_id text NOT NULL,
    contest_id text NOT NULL,
    campaign_id text NOT NULL,
    title text NOT NULL,
    judge_ids text[] NOT NULL,
    max_score integer NOT NULL,
    status text NOT NULL,
    entry_count integer NOT NULL DEFAULT 0,
    ranking jsonb,
    published_at timestamptz,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    PRIMARY KEY (tenant_id, contest_id)
  );
  CREATE INDEX contests_by_campaign ON contests (tenant_id, campaign_id, created_at DESC, contest_id DESC);
  CREATE INDEX contests_by_tenant_newest ON contests (tenant_id, created_at DESC, contest_id DESC);
  CREATE TABLE contest_entries (
    tenant_id text NOT NULL,
    contest_id text NOT NULL,
    entry_id text NOT NULL,
    member_id text NOT NULL,
    title text NOT NULL,
    description text,
    scores jsonb NOT NULL DEFAULT '[]',
    rank integer,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contest_id, entry_id)
  );
  CREATE INDEX contest_entries_newest ON contest_entries (tenant_id, contest_id, created_at DESC, entry_id DESC)`;

export const contestMigrations: Migration[] = [sqlMigration('campaigns/0012-contests', contestsSql)];
