import { randomUUID } from 'node:crypto';
import { memberStreams } from '../shared/stream-ids';
import { PointsQueries } from '../points/points-queries';
import { PointsProgrammeUseCase } from '../points/programme/points-programme.use-case';
import { ProgrammeQueries } from '../points/programme/programme-queries';
import { AdjustPointsUseCase } from '../points/use-cases/adjust-points.use-case';
import { EarnPointsUseCase } from '../points/use-cases/earn-points.use-case';
import { anOperator, inMembersWorld } from '../shared/testing/members-test-world';
import { BadgeUseCase } from './badge.use-case';

describe('growth levels and badges', () => {
  it('should move members through the tenant\'s levels as they grow, and award defined badges once', async () => {
    await inMembersWorld('levels_badges', async (world) => {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      const programme = new PointsProgrammeUseCase(world.context);
      const key = randomUUID();
      const levels = [{ level: 'seed', minGrowth: 0 }, { level: 'sprout', minGrowth: 100 }, { level: 'tree', minGrowth: 1000 }];
      await programme.defineGrowthLevels(operator, levels, key);
      await programme.defineGrowthLevels(operator, levels, key);
      const queries = new ProgrammeQueries(world.context);
      expect(await queries.programme(operator.tenant)).toMatchObject({ levelTableVersion: 1, levels, expiryPolicy: { kind: 'never' } });

      const earn = new EarnPointsUseCase(world.context);
      const level = async () => (await new PointsQueries(world.context).pointsAccount(operator.tenant, memberId))?.level;
      await earn.execute(operator, { memberId, amount: 60, sourceRef: 'order:1', sourceKind: 'purchase' });
      expect(await level()).toBe('seed');
      await earn.execute(operator, { memberId, amount: 60, sourceRef: 'order:2', sourceKind: 'purchase' });
      expect(await level()).toBe('sprout');
      await new AdjustPointsUseCase(world.context).execute(operator, { memberId, amount: -50, reason: 'Refund' });
      expect(await level()).toBe('seed');
      const { rows } = await world.database.pool.query<{ data: { from?: string; to: string } }>(
        `SELECT data FROM events WHERE tenant_id = $1 AND stream_id = $2 AND event_type = 'groundswell.members.GrowthLevelChanged.v1' ORDER BY stream_version`,
        [operator.tenant, memberStreams.points(memberId).streamId],
      );
      expect(rows.map((row) => [row.data.from, row.data.to])).toEqual([[undefined, 'seed'], ['seed', 'sprout'], ['sprout', 'seed']]);

      const badges = new BadgeUseCase(world.context);
      await expect(badges.award(operator, { memberId, badgeId: 'early-bird' })).rejects.toMatchObject({ code: 'BADGE_NOT_DEFINED' });
      await programme.defineBadge(operator, { badgeId: 'early-bird', name: 'Early bird', description: '30 morning check-ins' });
      await badges.award(operator, { memberId, badgeId: 'early-bird', reason: '30 check-ins' });
      await badges.award(operator, { memberId, badgeId: 'early-bird', reason: 'again' });
      expect(await queries.memberBadges(operator.tenant, memberId)).toMatchObject([{ badgeId: 'early-bird', name: 'Early bird', reason: '30 check-ins' }]);
      await badges.revoke(operator, { memberId, badgeId: 'early-bird', reason: 'Scripted check-ins' });
      expect(await queries.memberBadges(operator.tenant, memberId)).toEqual([]);
      await expect(badges.revoke(operator, { memberId, badgeId: 'early-bird', reason: 'twice' })).rejects.toMatchObject({ code: 'BADGE_NOT_AWARDED' });
      expect((await world.eventsOf(operator, memberStreams.points(memberId).streamId)).filter((type) => type.includes('Badge'))).toEqual([
        'groundswell.members.BadgeAwarded.v1',
        'groundswell.members.BadgeRevoked.v1',
      ]);
    });
  });
});
