import { randomUUID } from 'node:crypto';
import { createEnvelope, SanctionAppliedV1, SanctionLiftedV1, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { eventually } from '@groundswell/test-kit';
import { MemberQueries } from '../membership/member-queries';
import { inInboundWorld } from '../shared/testing/inbound-topic';
import { applyModerationSanction } from './moderation-sanction.handler';

const moderator = { kind: 'operator' as const, id: 'moderator-wang' };
const reviewer = { kind: 'operator' as const, id: 'moderator-zhao' };

function sanctionEvent(tenantId: string, memberId: string, version: number, type: string, data: unknown): EventEnvelope {
  return createEnvelope({ type, data, subject: `member-sanctions-${memberId}`, tenantid: tenantId, streamversion: version, time: new Date() });
}

describe('moderation sanctions in the members service', () => {
  it('should remove the member once when the removal is delivered twice, and take them back when the appeal is upheld', () =>
    inInboundWorld('moderation_sanctions', { topic: 'moderation-member-sanctions', group: 'members-moderation-sanctions' }, (world) => ({ handle: applyModerationSanction(world.context.store) }), async ({ topic, groupId, producer, world, operator, communityId, memberId }) => {
      const sanctionId = randomUUID();
      const removal = sanctionEvent(operator.tenant, memberId, 1, SanctionAppliedV1.type, {
        sanctionId, memberId, kind: 'remove', communityId, ruleId: 'rule-ads', reason: '群内反复发广告', notice: '你因反复发广告被移出社群，可在 7 天内申诉。', appliedBy: moderator, appliedAt: new Date().toISOString(),
      });
      const upheld = sanctionEvent(operator.tenant, memberId, 2, SanctionLiftedV1.type, {
        sanctionId, memberId, kind: 'remove', communityId, reason: '申诉成立：广告为误判', liftedBy: reviewer, appealId: randomUUID(),
      });
      const queries = new MemberQueries(world.context);
      const statusIn = async () => (await queries.memberships(operator.tenant, memberId)).map((membership) => membership.status);
      const handled = async (eventId: string) =>
        (await world.database.pool.query('SELECT 1 FROM processed_messages WHERE consumer_group = $1 AND event_id = $2', [groupId, eventId])).rowCount;

      await producer.send({ topic, messages: [toKafkaMessage(removal)] });
      await producer.send({ topic, messages: [toKafkaMessage(removal)] });
      await eventually(async () => expect(await statusIn()).toEqual(['removed']), 20_000);

      // Same key, same partition: once the lift is handled, the redelivered removal was handled before it.
      await producer.send({ topic, messages: [toKafkaMessage(upheld)] });
      await eventually(async () => expect(await handled(upheld.id)).toBe(1), 20_000);
      expect(await statusIn()).toEqual(['active']);
      const { rows } = await world.database.pool.query<{ event_type: string; causation_id: string }>(
        'SELECT event_type, causation_id FROM events WHERE tenant_id = $1 AND causation_id = ANY($2::uuid[]) ORDER BY global_position',
        [operator.tenant, [removal.id, upheld.id]],
      );
      expect(rows).toEqual([
        { event_type: 'groundswell.members.MemberLeft.v1', causation_id: removal.id },
        { event_type: 'groundswell.members.MemberReinstated.v1', causation_id: upheld.id },
      ]);
      expect(await handled(removal.id)).toBe(1);
    }),
    60_000,
  );
});
