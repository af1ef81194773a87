import { randomUUID } from 'node:crypto';
import { RewardGrantedV1, toKafkaMessage, type GrantedReward } from '@groundswell/events';
import { eventually } from '@groundswell/test-kit';
import { PointsProgrammeUseCase } from '../points/programme/points-programme.use-case';
import { PointsQueries } from '../points/points-queries';
import { inInboundWorld } from '../shared/testing/inbound-topic';
import { earnRewards } from './reward-grants.handler';

const aGrant = (tenantId: string, memberId: string, grantId: string, reward: GrantedReward) =>
  RewardGrantedV1.create(
    { grantId, campaignId: 'campaign-fission', memberId, reward, reason: { kind: 'referral_threshold', invites: 3 }, grantedBy: 'system:referral-rewards', grantedAt: new Date().toISOString() },
    { subject: `reward-grant-${grantId}`, tenantid: tenantId, streamversion: 1, time: new Date() },
  );

describe('reward grants in the members service', () => {
  it('should earn a threshold reward\'s points once through Kafka when the grant is delivered twice, and award its badge', () =>
    inInboundWorld('reward_grants', { topic: 'campaigns-reward-grant', group: 'members-reward-grants' }, (world) => ({ handle: earnRewards(world.context) }), async ({ topic, groupId, producer, world, operator, memberId }) => {
      await new PointsProgrammeUseCase(world.context).defineBadge(operator, { badgeId: 'super-inviter', name: '邀请达人' });
      const grantId = randomUUID();
      const grant = aGrant(operator.tenant, memberId, grantId, { kind: 'points', points: 300 });
      // The same grant published again by a replayed relay: another event id, the same grant id.
      const republished = { ...aGrant(operator.tenant, memberId, grantId, { kind: 'points', points: 300 }), id: randomUUID() };
      const badge = aGrant(operator.tenant, memberId, randomUUID(), { kind: 'badge', badgeId: 'super-inviter' });
      const handled = async (eventId: string) =>
        (await world.database.pool.query('SELECT 1 FROM processed_messages WHERE consumer_group = $1 AND event_id = $2', [groupId, eventId])).rowCount;

      await producer.send({ topic, messages: [toKafkaMessage(grant), toKafkaMessage(grant), toKafkaMessage(republished), toKafkaMessage(badge)] });
      await eventually(async () => expect(await Promise.all([grant.id, republished.id, badge.id].map(handled))).toEqual([1, 1, 1]), 20_000);

      expect(await new PointsQueries(world.context).pointsAccount(operator.tenant, memberId)).toMatchObject({ balance: 300, lifetimeEarned: 300 });
      const { rows } = await world.database.pool.query<{ event_type: string; data: { sourceRef?: string; badgeId?: string } }>(
        `SELECT event_type, data FROM events WHERE tenant_id = $1 AND event_type IN ('groundswell.members.PointsEarned.v1', 'groundswell.members.BadgeAwarded.v1') ORDER BY global_position`,
        [operator.tenant],
      );
      // Two grants, two keys, maybe two partitions: they may be earned in either order.
      expect(rows.map(({ event_type, data }) => [event_type, data.sourceRef ?? data.badgeId]).sort()).toEqual([
        ['groundswell.members.BadgeAwarded.v1', 'super-inviter'],
        ['groundswell.members.PointsEarned.v1', `reward-grant:${grantId}`],
      ]);
    }),
    60_000,
  );
});
