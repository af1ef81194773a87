import { randomUUID } from 'node:crypto';
import { PointsEarnedV1 } from '@groundswell/events';
import { memberStreams } from '../../shared/stream-ids';
import { PointsQueries } from '../points-queries';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { AdjustPointsUseCase } from './adjust-points.use-case';
import { EarnPointsUseCase } from './earn-points.use-case';
import { RedeemPointsUseCase } from './redeem-points.use-case';

describe(EarnPointsUseCase.name, () => {
  let world: MembersTestWorld;

  beforeAll(async () => {
    world = await membersTestWorld('earn_points');
  });

  afterAll(() => world.database.drop());

  const award = (memberId: string, sourceRef = `order:${randomUUID()}`) => ({ memberId, amount: 30, sourceRef, sourceKind: 'purchase' as const });
  const accountOf = (tenant: string, memberId: string) => new PointsQueries(world.context).pointsAccount(tenant, memberId);
  const earnedEvents = async (tenant: string, memberId: string) =>
    (await world.eventsOf({ sub: '', tenant, roles: [] }, memberStreams.points(memberId).streamId)).filter((type) => type === PointsEarnedV1.type);

  const oneAfterAnother = async <T>(attempts: number, send: () => Promise<T>) => {
    const results: T[] = [];
    for (let attempt = 0; attempt < attempts; attempt++) results.push(await send());
    return results;
  };
  const racing = <T>(attempts: number, send: () => Promise<T>) => Promise.all(Array.from({ length: attempts }, send));

  it.each([
    ['come one after another', oneAfterAnother],
    ['race each other', racing],
  ])('should pay a retried award once when the retries %s', async (_, retry) => {
    const operator = anOperator();
    const memberId = await world.aMember(operator);
    const earn = new EarnPointsUseCase(world.context);
    const input = award(memberId);

    const results = await retry(5, () => earn.execute(operator, input));

    expect(results).toEqual(Array.from({ length: 5 }, () => ({ memberId, balance: 30 })));
    expect(await earnedEvents(operator.tenant, memberId)).toHaveLength(1);
    expect(await accountOf(operator.tenant, memberId)).toMatchObject({ balance: 30, lifetimeEarned: 30 });
  });

  it('should pay racing awards with different source references each', async () => {
    const operator = anOperator();
    const memberId = await world.aMember(operator);
    const earn = new EarnPointsUseCase(world.context);

    await Promise.all(Array.from({ length: 10 }, () => earn.execute(operator, award(memberId))));

    expect(await earnedEvents(operator.tenant, memberId)).toHaveLength(10);
    expect(await accountOf(operator.tenant, memberId)).toMatchObject({ balance: 300, lifetimeEarned: 300 });
  });

  it('should return the first result for a retried idempotency key', async () => {
    const operator = anOperator();
    const memberId = await world.aMember(operator);
    const earn = new EarnPointsUseCase(world.context);
    const key = randomUUID();

    await earn.execute(operator, award(memberId), key);
    await Promise.all([earn.execute(operator, award(memberId), key), earn.execute(operator, award(memberId), key)]);

    expect(await earnedEvents(operator.tenant, memberId)).toHaveLength(1);
  });

  it('should reject points for a member who does not exist', async () => {
    const operator = anOperator();
    await expect(new EarnPointsUseCase(world.context).execute(operator, award(randomUUID()))).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
  });

  it('should adjust and redeem without ever going below zero', async () => {
    const operator = anOperator();
    const memberId = await world.aMember(operator);
    await new EarnPointsUseCase(world.context).execute(operator, award(memberId));
    const adjust = new AdjustPointsUseCase(world.context);
    const redeem = new RedeemPointsUseCase(world.context);

    expect(await adjust.execute(operator, { memberId, amount: 20, reason: 'Goodwill' })).toEqual({ memberId, balance: 50 });
    expect(await redeem.execute(operator, { memberId, amount: 45, redemptionId: randomUUID() })).toEqual({ memberId, balance: 5 });
    await expect(adjust.execute(operator, { memberId, amount: -6, reason: 'Refund' })).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
    await expect(redeem.execute(operator, { memberId, amount: 6, redemptionId: randomUUID() })).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });

    expect(await accountOf(operator.tenant, memberId)).toMatchObject({ balance: 5, lifetimeEarned: 30 });
  });
});
