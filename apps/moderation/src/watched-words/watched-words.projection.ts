import type { PoolClient } from 'pg';
import { defineProjection, type ProjectedEvent, type ProjectionRegistrations } from '@groundswell/event-store';
import type { WatchedWord } from './watched-word';
import { watchedWordsEventTypes, watchedWordsStream, type WatchedWordsEvent } from './watched-words.events';

type AnyWatchedWordsEvent = ProjectedEvent<WatchedWordsEvent>;

// One statement for any number of entries: an import of 20,000 rows is one event.
function upsertEntries(client: PoolClient, event: AnyWatchedWordsEvent, entries: readonly WatchedWord[], by: string) {
  return client.query(
    `INSERT INTO watched_words (tenant_id, entry_id, community_id, pattern, action, category, severity, entry, created_at, updated_at, updated_by)
     SELECT $1, entry->>'entryId', entry->>'communityId', entry->>'pattern', entry->'action'->>'type', entry->>'category', entry->>'severity',
            entry, $3, $3, $4
     FROM jsonb_array_elements($2::jsonb) AS entry
     ON CONFLICT (tenant_id, entry_id) DO UPDATE SET
       pattern = EXCLUDED.pattern, action = EXCLUDED.action, category = EXCLUDED.category, severity = EXCLUDED.severity,
       entry = EXCLUDED.entry, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [event.tenantId, JSON.stringify(entries), event.occurredAt, by],
  );
}

function recordListVersion(client: PoolClient, event: AnyWatchedWordsEvent) {
  return client.query(
    `INSERT INTO watched_word_lists (tenant_id, version) VALUES ($1, $2)
     ON CONFLICT (tenant_id) DO UPDATE SET version = GREATEST(watched_word_lists.version, EXCLUDED.version)`,
    [event.tenantId, event.streamVersion],
  );
}

/** `watched_words`: one row per entry; `watched_word_lists`: the version screening compiled from. */
export const watchedWordsProjection = defineProjection<WatchedWordsEvent>('watched_words', {
  [watchedWordsEventTypes.added]: async (client, event) => {
    await upsertEntries(client, event, [event.data.entry], event.data.by);
    await recordListVersion(client, event);
  },
  [watchedWordsEventTypes.updated]: async (client, event) => {
    await upsertEntries(client, event, [event.data.entry], event.data.by);
    await recordListVersion(client, event);
  },
  [watchedWordsEventTypes.imported]: async (client, event) => {
    await upsertEntries(client, event, [...event.data.added, ...event.data.updated], event.data.by);
    await recordListVersion(client, event);
  },
  [watchedWordsEventTypes.removed]: async (client, event) => {
    await client.query('DELETE FROM watched_words WHERE tenant_id = $1 AND entry_id = $2', [event.tenantId, event.data.entryId]);
    await recordListVersion(client, event);
  },
});

export const watchedWordProjections: ProjectionRegistrations = { [watchedWordsStream('').streamType]: [watchedWordsProjection] };
