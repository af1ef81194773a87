import { sqlMigration, type Migration } from '@groundswell/service-kit';

// `entry` is the whole entry as its events carry it, so screening compiles from this table alone;
// the other columns are for filtering and paging. `watched_word_lists.version` is the stream
// version of the tenant's list: screening recompiles exactly when it moves.
const watchedWordsSql = `
  CREATE TABLE watched_words (
    tenant_id text NOT NULL,
    entry_id text NOT NULL,
    community_id text,
    pattern text NOT NULL,
    action text NOT NULL,
    category text NOT NULL,
    severity text NOT NULL,
    entry jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, entry_id)
  );
  CREATE INDEX watched_words_by_tenant_newest ON watched_words (tenant_id, created_at DESC, entry_id DESC);
  CREATE TABLE watched_word_lists (
    tenant_id text PRIMARY KEY,
    version integer NOT NULL
  )`;

export const watchedWordMigrations: Migration[] = [sqlMigration('moderation/0002-watched-words', watchedWordsSql)];
