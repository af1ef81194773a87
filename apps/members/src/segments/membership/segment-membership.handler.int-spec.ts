import { eventually } from '@groundswell/test-kit';
import { RecordActivityUseCase } from '../../activity/record-activity.use-case';
import { RecordConsentUseCase } from '../../consent-and-erasure/record-consent.use-case';
import { AdjustPointsUseCase } from '../../points/use-cases/adjust-points.use-case';
import { EarnPointsUseCase } from '../../points/use-cases/earn-points.use-case';
import { startMembersEventPipeline } from '../../tags/testing/members-event-pipeline';
import { setStage } from '../../tags/testing/tag-factories';
import { DefineTagUseCase } from '../../tags/use-cases/define-tag.use-case';
import { TagMemberUseCase } from '../../tags/use-cases/tag-member.use-case';
import { UntagMemberUseCase } from '../../tags/use-cases/untag-member.use-case';
import { anOperator, membersTestWorld } from '../../shared/testing/members-test-world';
import { SegmentQueries } from '../segment-queries';
import { CreateSegmentUseCase } from '../use-cases/create-segment.use-case';
import { segmentMembershipHandler } from './segment-membership.handler';

const withinSeconds = 5_000;

describe('segmentMembershipHandler', () => {
  it('should move a member into and out of segments as the events that change their facts arrive through Kafka', async () => {
    const world = await membersTestWorld('segment_membership');
    const pipeline = await startMembersEventPipeline(world.database, 'segments', ['member', 'points', 'member-tags', 'activity'], segmentMembershipHandler);
    try {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const memberId = await world.aMember(operator, communityId);
      const other = await world.aMember(operator, communityId);
      await new DefineTagUseCase(world.context).execute(operator, { key: 'vip', name: 'VIP', mode: 'manual' });
      const create = new CreateSegmentUseCase(world.context);
      const segment = async (name: string, filter: object) => (await create.execute(operator, { name, filter: { communityId, ...filter } })).segmentId;
      const rich = await segment('Rich', { minPoints: 100 });
      const vips = await segment('VIPs', { tagKeys: ['vip'] });
      const kocs = await segment('KOCs', { stages: ['koc'] });
      const reachable = await segment('Reachable and active', { consentPurpose: 'marketing_messages', activeWithinDays: 30 });
      const queries = new SegmentQueries(world.context);
      const membersOf = async (segmentId: string) => (await queries.members(operator.tenant, segmentId)).edges.map((edge) => edge.node.id);
      const expectMembers = (segmentId: string, expected: string[]) => eventually(async () => expect(await membersOf(segmentId)).toEqual(expected), withinSeconds);
      // The joins' events travel on another topic than the points: let them settle so each move below has one cause.
      await pipeline.caughtUp();

      await new EarnPointsUseCase(world.context).execute(operator, { memberId, amount: 120, sourceRef: 'order:1', sourceKind: 'purchase' });
      await expectMembers(rich, [memberId]);
      await new AdjustPointsUseCase(world.context).execute(operator, { memberId, amount: -30, reason: 'correction' });
      await expectMembers(rich, []);

      await new TagMemberUseCase(world.context).execute(operator, memberId, 'vip');
      await expectMembers(vips, [memberId]);
      await new UntagMemberUseCase(world.context).execute(operator, memberId, 'vip');
      await expectMembers(vips, []);

      await setStage(world.context, operator, memberId, communityId, 'koc');
      await expectMembers(kocs, [memberId]);
      await setStage(world.context, operator, memberId, communityId, 'core');
      await expectMembers(kocs, []);

      const consent = new RecordConsentUseCase(world.context);
      const decision = { purpose: 'marketing_messages' as const, source: 'operator_on_behalf' as const, policyVersion: '2025-01', decidedAt: new Date() };
      // Activity and consent travel on different topics; waiting for the first makes the cause of the entry certain.
      await new RecordActivityUseCase(world.context).execute(operator, communityId, [{ memberId, kind: 'comment', clientEventId: 'c-1', occurredAt: new Date() }]);
      await eventually(async () => expect(await world.database.pool.query('SELECT 1 FROM member_last_activity WHERE member_id = $1', [memberId])).toMatchObject({ rowCount: 1 }), withinSeconds);
      expect(await membersOf(reachable)).toEqual([]);
      await consent.execute(operator, memberId, { ...decision, granted: true });
      await expectMembers(reachable, [memberId]);
      await consent.execute(operator, memberId, { ...decision, granted: false, decidedAt: new Date(Date.now() + 1_000) });
      await expectMembers(reachable, []);

      // Each move is recorded with the event that caused it; the other member never moved.
      const { rows } = await world.database.pool.query<{ segment_id: string; change: string; cause: string | null }>(
        `SELECT c.segment_id, c.change, e.event_type AS cause FROM segment_membership_changes c LEFT JOIN events e ON e.event_id = c.cause_event_id
         WHERE c.tenant_id = $1 AND c.member_id = $2 ORDER BY c.position`,
        [operator.tenant, memberId],
      );
      expect(rows.map((row) => [row.segment_id, row.change, row.cause?.split('.')[2]])).toEqual([
        [rich, 'entered', 'PointsEarned'],
        [rich, 'left', 'PointsAdjusted'],
        [vips, 'entered', 'MemberTagged'],
        [vips, 'left', 'MemberUntagged'],
        [kocs, 'entered', 'MemberLifecycleStageChanged'],
        [kocs, 'left', 'MemberLifecycleStageChanged'],
        [reachable, 'entered', 'MemberConsentGranted'],
        [reachable, 'left', 'MemberConsentRevoked'],
      ]);
      expect(await world.database.pool.query('SELECT 1 FROM segment_membership_changes WHERE member_id = $1', [other])).toMatchObject({ rowCount: 0 });

      // Each move is also published, in order, on the member's segment-membership stream (for gs.members.segment-membership).
      const published = await world.database.pool.query<{ event_type: string; segment_id: string; cause: string }>(
        `SELECT event_type, data->>'segmentId' AS segment_id, data->>'cause' AS cause FROM events WHERE tenant_id = $1 AND stream_id = $2 ORDER BY stream_version`,
        [operator.tenant, `segment-membership-${memberId}`],
      );
      expect(published.rows.map((row) => [row.segment_id, row.event_type.split('.')[2], row.cause])).toEqual(
        rows.map((row) => [row.segment_id, row.change === 'entered' ? 'MemberEnteredSegment' : 'MemberLeftSegment', 'member_changed']),
      );
    } finally {
      await pipeline.stop();
      await world.database.drop();
    }
  });
});
