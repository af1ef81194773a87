import type { InlineProjection, StoredEvent } from '@groundswell/event-store';
import { MemberTaggedV1, MemberUntaggedV1, TagDefinedV1, TagRetiredV1, TagRuleChangedV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';

type Handler = (client: PoolClient, event: StoredEvent, data: Record<string, any>) => Promise<unknown>;

const handlers: Record<string, Handler> = {
  [TagDefinedV1.type]: async (client, event, data) => {
    await client.query(
      `INSERT INTO tags (tenant_id, tag_id, name, category, mode, rule, defined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [event.tenantId, data.tagId, data.name, data.category, data.mode, data.rule ?? null, event.occurredAt],
    );
    // Definitions recorded before the key was in the event keep the row the defineTag use case wrote.
    if (data.key) {
      await client.query('INSERT INTO tag_keys (tenant_id, key, tag_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [event.tenantId, data.key, data.tagId]);
    }
  },
  [TagRuleChangedV1.type]: (client, event, data) =>
    client.query('UPDATE tags SET rule = $3 WHERE tenant_id = $1 AND tag_id = $2', [event.tenantId, data.tagId, data.rule]),
  [TagRetiredV1.type]: (client, event, data) =>
    client.query('UPDATE tags SET retired = true WHERE tenant_id = $1 AND tag_id = $2', [event.tenantId, data.tagId]),
  [MemberTaggedV1.type]: (client, event, data) =>
    client.query(
      `INSERT INTO member_tags (tenant_id, member_id, tag_id, source, tagged_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, member_id, tag_id) DO UPDATE SET source = EXCLUDED.source`,
      [event.tenantId, data.memberId, data.tagId, data.source, data.changedAt],
    ),
  [MemberUntaggedV1.type]: (client, event, data) =>
    client.query('DELETE FROM member_tags WHERE tenant_id = $1 AND member_id = $2 AND tag_id = $3', [event.tenantId, data.memberId, data.tagId]),
};

/** `tags` (the tenant's vocabulary), `tag_keys` (from the event, when it names the key) and `member_tags` (who carries which tag now). */
export const tagProjection: InlineProjection = {
  name: 'tags',
  table: 'tags',
  createTable: async () => undefined,
  async apply(client, events) {
    for (const event of events) await handlers[event.type]?.(client, event, event.data as Record<string, any>);
  },
};
