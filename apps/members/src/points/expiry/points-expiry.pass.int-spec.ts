import { randomUUID } from 'node:crypto';
import { memberStreams } from '../../shared/stream-ids';
import { anOperator, inMembersWorld } from '../../shared/testing/members-test-world';
import { PointsQueries } from '../points-queries';
import { PointsProgrammeUseCase } from '../programme/points-programme.use-case';
import { EarnPointsUseCase } from '../use-cases/earn-points.use-case';
import { RedeemPointsUseCase } from '../use-cases/redeem-points.use-case';
import { runPointsExpiryPass } from './points-expiry.pass';

const dayMs = 24 * 60 * 60 * 1000;

describe(runPointsExpiryPass.name, () => {
  it('should expire what is left of lapsed lots, oldest first, once per instant, never below zero', async () => {
    await inMembersWorld('points_expiry', async (world) => {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      const bystander = await world.aMember(operator);
      await new PointsProgrammeUseCase(world.context).setExpiryPolicy(operator, { kind: 'months_after_earning', months: 1 });
      const earn = new EarnPointsUseCase(world.context);
      const start = Date.now();
      // Lot A follows the policy (one month); lot B was given a later date explicitly.
      await earn.execute(operator, { memberId, amount: 30, sourceRef: 'order:a', sourceKind: 'purchase' });
      await earn.execute(operator, { memberId, amount: 50, sourceRef: 'order:b', sourceKind: 'purchase', expiresAt: new Date(start + 100 * dayMs) });
      await earn.execute(operator, { memberId: bystander, amount: 5, sourceRef: 'order:c', sourceKind: 'purchase' });
      // The redemption takes the oldest lot first: 10 of A remain.
      await new RedeemPointsUseCase(world.context).execute(operator, { memberId, amount: 20, redemptionId: randomUUID() });
      await new RedeemPointsUseCase(world.context).execute(operator, { memberId: bystander, amount: 5, redemptionId: randomUUID() });
      const pass = (days: number) => runPointsExpiryPass(world.database.pool, new Date(start + days * dayMs));
      const balance = async () => (await new PointsQueries(world.context).pointsAccount(operator.tenant, memberId))?.balance;
      const expiries = async (id: string) => {
        const { rows } = await world.database.pool.query<{ data: { amount: number; lots: unknown[] } }>(
          `SELECT data FROM events WHERE tenant_id = $1 AND stream_id = $2 AND event_type = 'groundswell.members.PointsExpired.v1' ORDER BY stream_version`,
          [operator.tenant, memberStreams.points(id).streamId],
        );
        return rows.map((row) => row.data);
      };

      expect(await pass(15)).toBe(0);
      expect(await balance()).toBe(60);

      // A month and two days on: what is left of A (10) expires; the bystander spent theirs, nothing to expire.
      expect(await pass(33)).toBe(1);
      expect(await balance()).toBe(50);
      expect(await expiries(memberId)).toEqual([{ memberId, amount: 10, lots: [{ lotRef: 'earned:order:a', amount: 10 }], expiredAt: new Date(start + 33 * dayMs).toISOString() }]);
      expect(await pass(33)).toBe(0);
      expect(await expiries(memberId)).toHaveLength(1);

      expect(await pass(101)).toBe(1);
      expect(await balance()).toBe(0);
      expect(await pass(200)).toBe(0);
      expect(await expiries(memberId)).toHaveLength(2);
      expect(await expiries(bystander)).toEqual([]);
    });
  });
});
