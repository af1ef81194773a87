import { EarnPointsUseCase } from '../../points/use-cases/earn-points.use-case';
import { anOperator, inMembersWorld } from '../../shared/testing/members-test-world';
import { SegmentQueries } from '../segment-queries';
import { CreateSegmentUseCase } from './create-segment.use-case';

describe(CreateSegmentUseCase.name, () => {
  it('should fill a new segment with exactly the members who match, and page through them', async () => {
    await inMembersWorld('create_segment', async (world) => {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const members = [];
      for (let index = 0; index < 5; index++) members.push(await world.aMember(operator, communityId));
      const earn = new EarnPointsUseCase(world.context);
      for (const memberId of members.slice(0, 3)) await earn.execute(operator, { memberId, amount: 150, sourceRef: `order:${memberId}`, sourceKind: 'purchase' });
      await earn.execute(operator, { memberId: members[3]!, amount: 99, sourceRef: 'order:low', sourceKind: 'purchase' });
      // Rich, but elsewhere: another community, and another tenant.
      const elsewhere = await world.aMember(operator);
      await earn.execute(operator, { memberId: elsewhere, amount: 500, sourceRef: 'order:elsewhere', sourceKind: 'purchase' });
      const stranger = anOperator();
      await earn.execute(stranger, { memberId: await world.aMember(stranger), amount: 500, sourceRef: 'order:stranger', sourceKind: 'purchase' });

      const { segmentId, memberCount } = await new CreateSegmentUseCase(world.context).execute(operator, { name: 'Big spenders', filter: { communityId, minPoints: 100 } });

      const queries = new SegmentQueries(world.context);
      expect(memberCount).toBe(3);
      expect(await queries.memberCount(operator.tenant, segmentId)).toBe(3);
      const first = await queries.members(operator.tenant, segmentId, 2);
      const second = await queries.members(operator.tenant, segmentId, 2, first.pageInfo.endCursor!);
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const paged = [...first.edges, ...second.edges].map((edge) => edge.node.id);
      expect(paged.sort()).toEqual(members.slice(0, 3).sort());
      expect(await queries.members(stranger.tenant, segmentId)).toMatchObject({ totalCount: 0, edges: [] });
    });
  });

  it('should save one segment for a retry with the same idempotency key, and page through the segments in scope', async () => {
    await inMembersWorld('create_segment_pages', async (world) => {
      const operator = anOperator();
      const [communityId, otherCommunityId] = [await world.aCommunity(operator), await world.aCommunity(operator)];
      const create = new CreateSegmentUseCase(world.context);
      const first = await create.execute(operator, { name: 'Everyone', filter: { communityId } }, 'create-everyone');
      expect(await create.execute(operator, { name: 'Everyone', filter: { communityId } }, 'create-everyone')).toEqual(first);
      for (const name of ['Second', 'Third']) await create.execute(operator, { name, filter: { communityId } });
      await create.execute(operator, { name: 'Elsewhere', filter: { communityId: otherCommunityId } });

      const queries = new SegmentQueries(world.context);
      const page = await queries.segments(operator.tenant, { communityId }, 2);
      const rest = await queries.segments(operator.tenant, { communityId }, 2, page.pageInfo.endCursor!);
      expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect([...page.edges, ...rest.edges].map((edge) => edge.node.name)).toEqual(['Everyone', 'Second', 'Third']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect(await queries.segments(operator.tenant, {})).toMatchObject({ totalCount: 4 });
      const scoped = await queries.segments(operator.tenant, { scope: [otherCommunityId] });
      expect(scoped.edges.map((edge) => edge.node.name)).toEqual(['Elsewhere']);
    });
  });

  it('should reject a filter naming an unknown community or tag, or a bad bound', async () => {
    await inMembersWorld('create_segment_errors', async (world) => {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const create = new CreateSegmentUseCase(world.context);
      await expect(create.execute(operator, { name: 'x', filter: { communityId: '00000000-0000-4000-8000-000000000000' } })).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
      await expect(create.execute(operator, { name: 'x', filter: { communityId, tagKeys: ['missing'] } })).rejects.toMatchObject({ code: 'TAG_NOT_FOUND' });
      await expect(create.execute(operator, { name: 'x', filter: { communityId, minPoints: -1 } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(create.execute(operator, { name: ' ', filter: { communityId } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(create.execute(anOperator(), { name: 'x', filter: { communityId } })).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    });
  });
});
