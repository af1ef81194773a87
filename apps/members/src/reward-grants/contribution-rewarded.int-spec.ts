import { randomUUID } from 'node:crypto';
import { ContributionPostedV1, ContributionRewardedV1, toKafkaMessage } from '@groundswell/events';
import { eventually } from '@groundswell/test-kit';
import { PointsQueries } from '../points/points-queries';
import { inInboundWorld } from '../shared/testing/inbound-topic';
import { earnRewards } from './reward-grants.handler';

const rewarded = (tenantId: string, memberId: string, contributionId: string, communityId: string) =>
  ContributionRewardedV1.create({ contributionId, communityId, memberId, points: 20, reason: 'answer_accepted' }, { subject: `contribution-${contributionId}`, tenantid: tenantId, streamversion: 4, time: new Date() });

describe('UGC contribution rewards in the members service', () => {
  it('should pay an accepted contribution\'s points once through Kafka when ContributionRewarded is delivered twice or published again', () =>
    inInboundWorld('contribution_rewards', { topic: 'content-contribution', group: 'members-reward-grants' }, (world) => ({ handle: earnRewards(world.context) }), async ({ topic, groupId, producer, world, operator, communityId, memberId }) => {
      const contributionId = randomUUID();
      const reward = rewarded(operator.tenant, memberId, contributionId, communityId);
      // A relay replaying its outbox publishes the same fact under another event id.
      const republished = { ...rewarded(operator.tenant, memberId, contributionId, communityId), id: randomUUID() };
      // Other contribution events on the topic earn nothing.
      const posted = ContributionPostedV1.create(
        { contributionId, communityId, kind: 'answer', threadId: randomUUID(), parentId: randomUUID(), authorMemberId: memberId, body: '选锥刀的。', visibility: 'visible', postedBy: 'member-app' },
        { subject: `contribution-${contributionId}`, tenantid: operator.tenant, streamversion: 1, time: new Date() },
      );
      const handled = async (eventId: string) => (await world.database.pool.query('SELECT 1 FROM processed_messages WHERE consumer_group = $1 AND event_id = $2', [groupId, eventId])).rowCount;

      await producer.send({ topic, messages: [posted, reward, reward, republished].map(toKafkaMessage) });
      await eventually(async () => expect(await Promise.all([posted.id, reward.id, republished.id].map(handled))).toEqual([1, 1, 1]), 20_000);

      expect(await new PointsQueries(world.context).pointsAccount(operator.tenant, memberId)).toMatchObject({ balance: 20, lifetimeEarned: 20 });
      const { rows } = await world.database.pool.query<{ data: { sourceRef: string; sourceKind: string } }>(`SELECT data FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.members.PointsEarned.v1'`, [operator.tenant]);
      expect(rows.map(({ data }) => [data.sourceRef, data.sourceKind])).toEqual([[`contribution:${contributionId}`, 'content']]);
    }),
    60_000,
  );
});
