import { randomUUID } from 'node:crypto';
import type { Identity } from '@groundswell/service-kit';
import { memberStreams } from '../../shared/stream-ids';
import { PointsQueries } from '../points-queries';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { AddCatalogueItemUseCase } from './add-catalogue-item.use-case';
import { EarnPointsUseCase } from './earn-points.use-case';
import { RedeemCatalogueItemUseCase } from './redeem-catalogue-item.use-case';
import { RestockCatalogueItemUseCase } from './restock-catalogue-item.use-case';
import { WithdrawCatalogueItemUseCase } from './withdraw-catalogue-item.use-case';

describe(RedeemCatalogueItemUseCase.name, () => {
  let world: MembersTestWorld;

  beforeAll(async () => {
    world = await membersTestWorld('redeem_catalogue_item');
  });

  afterAll(() => world.database.drop());

  const queries = () => new PointsQueries(world.context);

  async function aMemberWithPoints(operator: Identity, points: number) {
    const memberId = await world.aMember(operator);
    await new EarnPointsUseCase(world.context).execute(operator, { memberId, amount: points, sourceRef: 'welcome', sourceKind: 'campaign_reward' });
    return memberId;
  }

  const anItem = async (operator: Identity, overrides: { cost?: number; stock?: number } = {}) =>
    (await new AddCatalogueItemUseCase(world.context).execute(operator, { name: 'Tote bag', kind: 'gift', cost: 100, stock: 5, ...overrides })).itemId;

  const streamEvents = (operator: Identity, streamId: string) => world.eventsOf(operator, streamId);

  it('should take points and stock together', async () => {
    const operator = anOperator();
    const memberId = await aMemberWithPoints(operator, 250);
    const itemId = await anItem(operator);

    const result = await new RedeemCatalogueItemUseCase(world.context).execute(operator, { memberId, itemId, quantity: 2, expectedCost: 100 });

    expect(result).toMatchObject({ memberId, itemId, balance: 50, stock: 3 });
    expect(await queries().pointsAccount(operator.tenant, memberId)).toMatchObject({ balance: 50, lifetimeEarned: 250 });
    expect(await queries().catalogueItem(operator.tenant, itemId)).toMatchObject({ stock: 3, withdrawn: false });
  });

  it('should let exactly one of 50 racing redemptions take the last unit', async () => {
    const operator = anOperator();
    const memberId = await aMemberWithPoints(operator, 100 * 50);
    const itemId = await anItem(operator, { stock: 1 });
    const redeem = new RedeemCatalogueItemUseCase(world.context);

    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => redeem.execute(operator, { memberId, itemId, quantity: 1, expectedCost: 100 })));

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const codes = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as { code: string }).code] : []));
    expect(codes).toHaveLength(49);
    expect(codes.every((code) => code === 'OUT_OF_STOCK' || code === 'STREAM_VERSION_CONFLICT')).toBe(true);
    expect(await streamEvents(operator, memberStreams.points(memberId).streamId)).toEqual(['groundswell.members.PointsEarned.v1', 'groundswell.members.PointsRedeemed.v1']);
    expect(await queries().pointsAccount(operator.tenant, memberId)).toMatchObject({ balance: 100 * 49 });
    expect(await queries().catalogueItem(operator.tenant, itemId)).toMatchObject({ stock: 0 });
  });

  it('should reject a redemption over the balance and write nothing', async () => {
    const operator = anOperator();
    const memberId = await aMemberWithPoints(operator, 99);
    const itemId = await anItem(operator, { stock: 1 });
    const itemEventsBefore = await streamEvents(operator, memberStreams.catalogueItem(itemId).streamId);

    await expect(new RedeemCatalogueItemUseCase(world.context).execute(operator, { memberId, itemId, quantity: 1, expectedCost: 100 })).rejects.toMatchObject({
      code: 'INSUFFICIENT_POINTS',
      category: 'CONFLICT',
    });

    expect(await streamEvents(operator, memberStreams.points(memberId).streamId)).toEqual(['groundswell.members.PointsEarned.v1']);
    expect(await streamEvents(operator, memberStreams.catalogueItem(itemId).streamId)).toEqual(itemEventsBefore);
    expect(await queries().pointsAccount(operator.tenant, memberId)).toMatchObject({ balance: 99 });
    expect(await queries().catalogueItem(operator.tenant, itemId)).toMatchObject({ stock: 1 });
  });

  it('should charge a retried redemption id once', async () => {
    const operator = anOperator();
    const memberId = await aMemberWithPoints(operator, 500);
    const itemId = await anItem(operator);
    const redeem = new RedeemCatalogueItemUseCase(world.context);
    const request = { memberId, itemId, quantity: 1, expectedCost: 100, redemptionId: randomUUID() };

    await Promise.all(Array.from({ length: 5 }, () => redeem.execute(operator, request)));

    expect(await queries().pointsAccount(operator.tenant, memberId)).toMatchObject({ balance: 400 });
    expect(await queries().catalogueItem(operator.tenant, itemId)).toMatchObject({ stock: 4 });
  });

  it('should refuse a price the member was not shown', async () => {
    const operator = anOperator();
    const memberId = await aMemberWithPoints(operator, 500);
    const itemId = await anItem(operator);

    await expect(new RedeemCatalogueItemUseCase(world.context).execute(operator, { memberId, itemId, quantity: 1, expectedCost: 90 })).rejects.toMatchObject({
      code: 'PRICE_CHANGED',
    });
  });

  it('should restock, then refuse redemptions once the item is withdrawn', async () => {
    const operator = anOperator();
    const memberId = await aMemberWithPoints(operator, 500);
    const itemId = await anItem(operator, { stock: 0 });

    await new RestockCatalogueItemUseCase(world.context).execute(operator, itemId, 3);
    expect(await queries().catalogueItem(operator.tenant, itemId)).toMatchObject({ stock: 3 });
    await new WithdrawCatalogueItemUseCase(world.context).execute(operator, itemId, 'Season over');

    await expect(new RedeemCatalogueItemUseCase(world.context).execute(operator, { memberId, itemId, quantity: 1, expectedCost: 100 })).rejects.toMatchObject({
      code: 'CATALOGUE_ITEM_WITHDRAWN',
    });
    const page = await queries().catalogueItems(operator.tenant, {});
    expect(page.totalCount).toBe(0);
    expect((await queries().catalogueItems(operator.tenant, { includeWithdrawn: true })).edges.map((edge) => edge.node.id)).toEqual([itemId]);
  });

  it('should offer a community item only to that community’s members', async () => {
    const operator = anOperator();
    const memberId = await aMemberWithPoints(operator, 500);
    const otherCommunity = await world.aCommunity(operator);
    const { itemId } = await new AddCatalogueItemUseCase(world.context).execute(operator, { communityId: otherCommunity, name: 'Badge', kind: 'benefit', cost: 10, stock: 5 });

    await expect(new RedeemCatalogueItemUseCase(world.context).execute(operator, { memberId, itemId, quantity: 1, expectedCost: 10 })).rejects.toMatchObject({
      code: 'ITEM_NOT_AVAILABLE',
    });
  });
});
