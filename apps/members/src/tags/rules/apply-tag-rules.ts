import { MemberLifecycleStageChangedV1, type Actor, type EventEnvelope } from '@groundswell/events';
import type { EventStore } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { changeMemberTag } from '../use-cases/member-tag-command';

export const tagRulesActor: Actor = { kind: 'system', id: 'tag-rules' };

/**
 * After a member's lifecycle stage changed, every live rule tag of the tenant is re-checked for them:
 * assigned while they are at one of its stages in any community, removed when they no longer are.
 * The member-tags decider makes repeats no-ops and lets an operator's decision outrank the rule.
 */
export const applyTagRules = (store: EventStore) => async (client: PoolClient, event: EventEnvelope): Promise<void> => {
  if (event.type !== MemberLifecycleStageChangedV1.type) return;
  const { memberId } = event.data as { memberId: string };
  const { rows } = await client.query<{ tag_id: string; holds: boolean }>(
    `SELECT t.tag_id, EXISTS (
              SELECT 1 FROM memberships m
              WHERE m.tenant_id = t.tenant_id AND m.member_id = $2 AND m.status = 'active'
                AND m.stage = ANY (SELECT jsonb_array_elements_text(t.rule->'criteria'->'stages'))
            ) AS holds
     FROM tags t
     WHERE t.tenant_id = $1 AND t.mode = 'rule' AND NOT t.retired AND jsonb_typeof(t.rule->'criteria'->'stages') = 'array'
     ORDER BY t.tag_id`,
    [event.tenantid, memberId],
  );
  for (const rule of rows) {
    await changeMemberTag(
      store,
      client,
      event.tenantid,
      { type: rule.holds ? 'AssignTag' : 'RemoveTag', memberId, tagId: rule.tag_id, source: 'rule', by: tagRulesActor },
      { correlationId: event.correlationid, causationId: event.id },
    );
  }
};
