import { sqlMigration, type Migration } from '@groundswell/service-kit';

// A community's threads list newest first with pinned ones on top; a thread's contributions oldest
// first. `poll_votes` counts per option, in option order.
const ugcSql = `
  CREATE TABLE ugc_settings (
    tenant_id text NOT NULL,
    community_id text NOT NULL,
    moderation text NOT NULL,
    reward_points integer NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, community_id)
  );
  CREATE TABLE contributions (
    tenant_id text NOT NULL,
    contribution_id text NOT NULL,
    community_id text NOT NULL,
    kind text NOT NULL,
    parent_id text,
    thread_id text NOT NULL,
    author_member_id text,
    title text,
    body text NOT NULL,
    censored_text text,
    poll_options jsonb,
    poll_votes integer[],
    visibility text NOT NULL,
    verdict text,
    pinned boolean NOT NULL DEFAULT false,
    promoted boolean NOT NULL DEFAULT false,
    accepted_answer_id text,
    rewarded_points integer,
    created_at timestamptz NOT NULL,
    posted_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contribution_id)
  );
  CREATE INDEX contributions_by_community_newest ON contributions (tenant_id, community_id, created_at DESC, contribution_id DESC);
  CREATE INDEX contributions_by_parent ON contributions (tenant_id, parent_id, created_at, contribution_id);`;

export const ugcMigrations: Migration[] = [sqlMigration('content/ugc-0001-contributions', ugcSql)];
