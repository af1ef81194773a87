import { defineProjection } from '@groundswell/event-store';
import { MemberTaggedV1, MemberUntaggedV1, TagDefinedV1, TagRetiredV1, TagRuleChangedV1 } from '@groundswell/events';
import type { DomainEventOf } from '../../shared/domain-event';

type TagEvent = DomainEventOf<typeof TagDefinedV1 | typeof TagRuleChangedV1 | typeof TagRetiredV1 | typeof MemberTaggedV1 | typeof MemberUntaggedV1>;

/** `tags` (the tenant's vocabulary), `tag_keys` (from the event, when it names the key) and `member_tags` (who carries which tag now). */
export const tagProjection = defineProjection<TagEvent>('tags', {
  [TagDefinedV1.type]: async (client, { tenantId, data, occurredAt }) => {
    await client.query(`INSERT INTO tags (tenant_id, tag_id, name, category, mode, rule, defined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      tenantId,
      data.tagId,
      data.name,
      data.category,
      data.mode,
      data.rule ?? null,
      occurredAt,
    ]);
    // Definitions recorded before the key was in the event keep the row the defineTag use case wrote.
    if (data.key) await client.query('INSERT INTO tag_keys (tenant_id, key, tag_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [tenantId, data.key, data.tagId]);
  },
  [TagRuleChangedV1.type]: (client, { tenantId, data }) => client.query('UPDATE tags SET rule = $3 WHERE tenant_id = $1 AND tag_id = $2', [tenantId, data.tagId, data.rule]),
  [TagRetiredV1.type]: (client, { tenantId, data }) => client.query('UPDATE tags SET retired = true WHERE tenant_id = $1 AND tag_id = $2', [tenantId, data.tagId]),
  [MemberTaggedV1.type]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO member_tags (tenant_id, member_id, tag_id, source, tagged_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, member_id, tag_id) DO UPDATE SET source = EXCLUDED.source`,
      [tenantId, data.memberId, data.tagId, data.source, data.changedAt],
    ),
  [MemberUntaggedV1.type]: (client, { tenantId, data }) =>
    client.query('DELETE FROM member_tags WHERE tenant_id = $1 AND member_id = $2 AND tag_id = $3', [tenantId, data.memberId, data.tagId]),
});
