import { randomUUID } from 'node:crypto';
import { EngagementSignalRecordedV1, toKafkaMessage, type DataOf } from '@groundswell/events';
import { eventually } from '@groundswell/test-kit';
import { inInboundWorld } from '../shared/testing/inbound-topic';
import { recordEngagementAsActivity } from './content-engagement.handler';

describe('content engagement as member activity', () => {
  it('should count a member\'s engagement as their activity once when delivered twice, and leave out impressions and non-members', () =>
    inInboundWorld('content_engagement', { topic: 'content-engagement', group: 'members-content-engagement' }, (world) => ({ handleBatch: recordEngagementAsActivity(world.context.store) }), async ({ topic, groupId, producer, world, operator, communityId, memberId }) => {
      const time = new Date(Date.now() - 60_000);
      const signal = (kind: DataOf<typeof EngagementSignalRecordedV1>['kind'], member: string | undefined) =>
        EngagementSignalRecordedV1.create(
          { communityId, kind, itemId: 'item-1', platform: 'douyin', ...(member && { memberId: member }), clientEventId: randomUUID() },
          { subject: `engagement-${communityId}-${time.toISOString().slice(0, 10)}`, tenantid: operator.tenant, streamversion: 1, time },
        );
      const [like, view, impression, anonymous, stranger] = [signal('like', memberId), signal('view', memberId), signal('impression', memberId), signal('share', undefined), signal('comment', randomUUID())];
      const all = [like, view, impression, anonymous, stranger];
      const handled = async () => (await world.database.pool.query('SELECT 1 FROM processed_messages WHERE consumer_group = $1 AND event_id = ANY($2::uuid[])', [groupId, all.map((event) => event.id)])).rowCount;

      await producer.send({ topic, messages: [...all, like, view].map(toKafkaMessage) });
      await eventually(async () => expect(await handled()).toBe(all.length), 20_000);

      const { rows } = await world.database.pool.query<{ kind: string; count: number }>(
        'SELECT kind, sum(count)::int AS count FROM member_activity_daily WHERE tenant_id = $1 AND member_id = $2 GROUP BY kind ORDER BY kind',
        [operator.tenant, memberId],
      );
      expect(rows).toEqual([{ kind: 'content_view', count: 1 }, { kind: 'reaction', count: 1 }]);
      const recorded = await world.database.pool.query<{ data: { clientEventId: string } }>(`SELECT data FROM events WHERE tenant_id = $1 AND stream_type = 'activity' ORDER BY global_position`, [operator.tenant]);
      expect(recorded.rows.map((row) => row.data.clientEventId).sort()).toEqual([`content:${like.id}`, `content:${view.id}`].sort());
    }),
    60_000,
  );
});
