import { withTransaction, type StoredEvent } from '@groundswell/event-store';
import { anOperator, inMembersWorld } from '../../shared/testing/members-test-world';
import { tagProjection } from '../read-models/tag.projection';
import { TagQueries } from '../tag-queries';
import { DefineTagUseCase } from './define-tag.use-case';
import { TagMemberUseCase } from './tag-member.use-case';

describe(DefineTagUseCase.name, () => {
  it('should record the key in TagDefined, so rebuilding the tag read model from the events restores every key', async () => {
    await inMembersWorld('define_tag_rebuild', async (world) => {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      const define = new DefineTagUseCase(world.context);
      await define.execute(operator, { key: 'vip', name: 'VIP', mode: 'manual' });
      await define.execute(operator, { key: 'koc', name: 'KOC', mode: 'rule', category: 'lifecycle', rule: { stages: ['koc'] } });
      await new TagMemberUseCase(world.context).execute(operator, memberId, 'vip');
      const queries = new TagQueries(world.context);
      const before = { tags: await queries.tags(operator.tenant), memberTags: await queries.memberTags(operator.tenant, memberId) };
      expect(before.tags.map((tag) => tag.key)).toEqual(['koc', 'vip']);

      // Rebuild: drop every row of the tag read model, tag_keys included, and replay the events.
      await world.database.pool.query('TRUNCATE tags, tag_keys, member_tags');
      const { rows } = await world.database.pool.query<{ event_type: string; data: Record<string, unknown>; tenant_id: string; occurred_at: Date }>(
        `SELECT event_type, data, tenant_id, occurred_at FROM events WHERE stream_type IN ('tag', 'member-tags') ORDER BY global_position`,
      );
      const events = rows.map((row) => ({ type: row.event_type, data: row.data, tenantId: row.tenant_id, occurredAt: row.occurred_at }) as StoredEvent);
      await withTransaction(world.database.pool, (client) => tagProjection.apply(client, events));

      expect(await queries.tags(operator.tenant)).toEqual(before.tags);
      expect(await queries.memberTags(operator.tenant, memberId)).toEqual(before.memberTags);
      await expect(define.execute(operator, { key: 'vip', name: 'VIP again', mode: 'manual' })).rejects.toMatchObject({ code: 'TAG_ALREADY_DEFINED' });
    });
  });
});
