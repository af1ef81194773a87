import { eventually } from '@groundswell/test-kit';
import { RecordActivityUseCase } from '../../activity/record-activity.use-case';
import { EraseMemberUseCase } from '../../consent-and-erasure/erase-member.use-case';
import { UpdateMemberProfileUseCase } from '../../membership/use-cases/update-member-profile.use-case';
import { EarnPointsUseCase } from '../../points/use-cases/earn-points.use-case';
import { passLockKey } from '@groundswell/event-store';
import { startMembersEventPipeline } from '../../tags/testing/members-event-pipeline';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { segmentMembershipHandler } from '../membership/segment-membership.handler';
import { runSegmentTimeCheck, segmentTimeCheckPass } from '../membership/segment-time-check';
import { SegmentQueries } from '../segment-queries';
import { CreateSegmentUseCase } from './create-segment.use-case';
import { DeleteSegmentUseCase } from './delete-segment.use-case';
import { UpdateSegmentUseCase } from './update-segment.use-case';

const withinSeconds = 8_000;
const dayMs = 24 * 60 * 60_000;

type World = MembersTestWorld;

async function segmentWorld(label: string) {
  const world = await membersTestWorld(label);
  const pipeline = await startMembersEventPipeline(world.database, label, ['member', 'points', 'member-tags', 'activity'], segmentMembershipHandler);
  const operator = anOperator();
  const communityId = await world.aCommunity(operator);
  const queries = new SegmentQueries(world.context);
  const membersOf = async (segmentId: string) => (await queries.members(operator.tenant, segmentId)).edges.map((edge) => edge.node.id).sort();
  const expectMembers = (segmentId: string, expected: string[]) => eventually(async () => expect(await membersOf(segmentId)).toEqual([...expected].sort()), withinSeconds);
  const create = (name: string, filter: object) => new CreateSegmentUseCase(world.context).execute(operator, { name, filter: { communityId, ...filter } });
  return { world, pipeline, operator, communityId, queries, membersOf, expectMembers, create };
}

/** Every recorded move of the segment, as [member, change, cause]: the event type for consumer moves, the cause otherwise. */
async function movesOf(world: World, segmentId: string) {
  const { rows } = await world.database.pool.query<{ member_id: string; change: string; cause: string | null; event_type: string | null }>(
    `SELECT c.member_id, c.change, c.cause, e.event_type FROM segment_membership_changes c LEFT JOIN events e ON e.event_id = c.cause_event_id
     WHERE c.segment_id = $1 ORDER BY c.position`,
    [segmentId],
  );
  return rows.map((row) => [row.member_id, row.change, row.cause ?? row.event_type?.split('.')[2] ?? null]);
}

describe('segment lifecycle', () => {
  it('should move exactly the difference when a filter is updated, and follow the new filter afterwards', async () => {
    const { world, pipeline, operator, communityId, expectMembers, create } = await segmentWorld('segment_update');
    try {
      const [rich, middling, poor] = [await world.aMember(operator, communityId), await world.aMember(operator, communityId), await world.aMember(operator, communityId)];
      const earn = new EarnPointsUseCase(world.context);
      for (const [memberId, amount] of [[rich, 250], [middling, 150], [poor, 50]] as const) await earn.execute(operator, { memberId, amount, sourceRef: `order:${memberId}`, sourceKind: 'purchase' });
      await pipeline.caughtUp();
      const { segmentId } = await create('Spenders', { minPoints: 100 });
      await expectMembers(segmentId, [rich, middling]);
      const update = new UpdateSegmentUseCase(world.context);

      expect(await update.execute(operator, segmentId, { filter: { communityId, minPoints: 200 } })).toEqual({ segmentId, entered: 0, left: 1 });
      await expectMembers(segmentId, [rich]);
      expect(await update.execute(operator, segmentId, { filter: { communityId, minPoints: 40 } }, 'widen-1')).toEqual({ segmentId, entered: 2, left: 0 });
      // A retry with the same key changes nothing more and answers the same.
      expect(await update.execute(operator, segmentId, { filter: { communityId, minPoints: 40 } }, 'widen-1')).toEqual({ segmentId, entered: 2, left: 0 });
      expect(await update.execute(operator, segmentId, { name: 'Everyone with points' })).toEqual({ segmentId, entered: 0, left: 0 });
      await expectMembers(segmentId, [rich, middling, poor]);

      // The consumer judges later events by the new filter.
      const newcomer = await world.aMember(operator, communityId);
      await pipeline.caughtUp(); // the join travels on another topic than the points: one cause per move
      await earn.execute(operator, { memberId: newcomer, amount: 45, sourceRef: 'order:newcomer', sourceKind: 'purchase' });
      await expectMembers(segmentId, [rich, middling, poor, newcomer]);
      expect((await new SegmentQueries(world.context).segment(operator.tenant, segmentId))).toMatchObject({ name: 'Everyone with points', filter: { communityId, minPoints: 40 } });
      const moves = await movesOf(world, segmentId);
      expect(moves.slice(0, 2).sort()).toEqual([[rich, 'entered', null], [middling, 'entered', null]].sort());
      expect(moves.slice(2, 3)).toEqual([[middling, 'left', 'segment_updated']]);
      expect(moves.slice(3, 5).sort()).toEqual([[middling, 'entered', 'segment_updated'], [poor, 'entered', 'segment_updated']].sort());
      expect(moves.slice(5)).toEqual([[newcomer, 'entered', 'PointsEarned']]);

      await expect(update.execute(operator, segmentId, { filter: { communityId, minPoints: -5 } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(update.execute(anOperator(), segmentId, { name: 'theirs' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await pipeline.stop();
      await world.database.drop();
    }
  });

  it('should archive a deleted segment: everyone leaves, and no later event brings anyone back', async () => {
    const { world, pipeline, operator, communityId, queries, expectMembers, create, membersOf } = await segmentWorld('segment_delete');
    try {
      const members = [await world.aMember(operator, communityId), await world.aMember(operator, communityId)];
      await pipeline.caughtUp();
      const { segmentId } = await create('Everyone', {});
      await expectMembers(segmentId, members);
      const remove = new DeleteSegmentUseCase(world.context);

      expect(await remove.execute(operator, segmentId, 'delete-1')).toEqual({ segmentId, left: 2 });
      expect(await remove.execute(operator, segmentId, 'delete-1')).toEqual({ segmentId, left: 2 });
      await expect(remove.execute(operator, segmentId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

      expect(await queries.segment(operator.tenant, segmentId)).toBeUndefined();
      expect((await queries.segments(operator.tenant, {})).totalCount).toBe(0);
      await new EarnPointsUseCase(world.context).execute(operator, { memberId: members[0]!, amount: 10, sourceRef: 'order:after', sourceKind: 'purchase' });
      await world.aMember(operator, communityId);
      await pipeline.caughtUp();
      expect(await membersOf(segmentId)).toEqual([]);
      expect((await movesOf(world, segmentId)).filter(([, change]) => change === 'left').sort()).toEqual(members.map((memberId) => [memberId, 'left', 'segment_deleted']).sort());
    } finally {
      await pipeline.stop();
      await world.database.drop();
    }
  });

  it('should move members in and out of a profile-filtered segment as their profile changes, and out on erasure', async () => {
    const { world, pipeline, operator, communityId, expectMembers, create } = await segmentWorld('segment_profile');
    try {
      const [memberId, other] = [await world.aMember(operator, communityId), await world.aMember(operator, communityId)];
      const profile = new UpdateMemberProfileUseCase(world.context);
      await profile.execute(operator, other, { region: '杭州', ageBand: '45_54', interests: ['烘焙'] });
      await pipeline.caughtUp();
      const { segmentId } = await create('Young runners in Hangzhou', { profile: { regions: ['杭州'], ageBands: ['25_34', '18_24'], interests: ['跑步', '骑行'] } });
      await expectMembers(segmentId, []);

      await profile.execute(operator, memberId, { region: '杭州', ageBand: '25_34', interests: ['摄影', '跑步'], gender: 'female' });
      await expectMembers(segmentId, [memberId]);
      await profile.execute(operator, memberId, { region: '上海' });
      await expectMembers(segmentId, []);
      await profile.execute(operator, memberId, { region: '杭州' });
      await expectMembers(segmentId, [memberId]);
      await new EraseMemberUseCase(world.context).execute(operator, memberId, 'member_request');
      await expectMembers(segmentId, []);
      await eventually(async () => {
        const { rowCount } = await world.database.pool.query('SELECT 1 FROM member_profile_facets WHERE member_id = $1', [memberId]);
        expect(rowCount).toBe(0);
      }, withinSeconds);
      expect(await movesOf(world, segmentId)).toEqual([
        [memberId, 'entered', 'MemberProfileUpdated'],
        [memberId, 'left', 'MemberProfileUpdated'],
        [memberId, 'entered', 'MemberProfileUpdated'],
        [memberId, 'left', 'MemberErased'],
      ]);
      await expect(create('Bad', { profile: { ageBands: ['30'] } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    } finally {
      await pipeline.stop();
      await world.database.drop();
    }
  });

  it('should take a member out of an "active within N days" segment once their last activity falls out of the window', async () => {
    const { world, pipeline, operator, communityId, expectMembers, create, membersOf } = await segmentWorld('segment_time');
    try {
      const [fading, steady] = [await world.aMember(operator, communityId), await world.aMember(operator, communityId)];
      const { segmentId } = await create('Active this week', { activeWithinDays: 7 });
      // The fading member's last activity leaves the 7-day window 20 s from now (time for the consumer to
      // put them in first); the steady one's is fresh.
      const fadesAt = Date.now() + 20_000;
      await new RecordActivityUseCase(world.context).execute(operator, communityId, [
        { memberId: fading, kind: 'comment', clientEventId: 'fading-1', occurredAt: new Date(fadesAt - 7 * dayMs) },
        { memberId: steady, kind: 'comment', clientEventId: 'steady-1', occurredAt: new Date() },
      ]);
      await expectMembers(segmentId, [fading, steady]);

      await eventually(async () => {
        expect(Date.now()).toBeGreaterThan(fadesAt);
        await runSegmentTimeCheck(world.database.pool);
        expect(await membersOf(segmentId)).toEqual([steady]);
      }, 40_000);
      expect((await movesOf(world, segmentId)).filter(([, change]) => change === 'left')).toEqual([[fading, 'left', 'activity_window_elapsed']]);
      expect(await runSegmentTimeCheck(world.database.pool)).toBe(0);
    } finally {
      await pipeline.stop();
      await world.database.drop();
    }
  });

  it('should run the time check on one replica only: another holding the lock skips the round', async () => {
    const world = await membersTestWorld('segment_time_leader');
    const leader = await world.database.pool.connect();
    try {
      await leader.query('SELECT pg_advisory_lock($1)', [passLockKey(segmentTimeCheckPass)]);
      expect(await runSegmentTimeCheck(world.database.pool)).toBeUndefined();
      await leader.query('SELECT pg_advisory_unlock($1)', [passLockKey(segmentTimeCheckPass)]);
      expect(await runSegmentTimeCheck(world.database.pool)).toBe(0);
    } finally {
      leader.release();
      await world.database.drop();
    }
  });
});
