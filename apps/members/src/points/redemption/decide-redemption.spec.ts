import { foldEvents } from '@groundswell/event-store';
import { CatalogueItemAddedV1, PointsEarnedV1 } from '@groundswell/events';
import { catalogueItemDecider } from '../catalogue/catalogue-item.decider';
import { MemberDomainError } from '../../shared/member-domain.error';
import { pointsDecider } from '../points.decider';
import { domainEvent } from '../../shared/domain-event';
import { anId, anOperator } from '../../shared/testing/factories';
import { expectContractValid } from '../../shared/testing/member-decider-spec';
import { decideRedemption, type RedemptionRequest } from './decide-redemption';

const itemId = anId();
const memberId = anId();
const at = new Date('2025-03-01T08:00:00.000Z');
const item = (stock = 5) =>
  foldEvents(catalogueItemDecider, [domainEvent(CatalogueItemAddedV1, { itemId, name: 'Socks', kind: 'gift', cost: 200, stock, addedBy: anOperator() })]);
const account = (amount = 1000) =>
  foldEvents(pointsDecider, [
    domainEvent(PointsEarnedV1, { memberId, sourceRef: 'order:1', sourceKind: 'purchase', amount, earnedAt: '2025-01-01T00:00:00.000Z' }),
  ]);
const request = (overrides: Partial<RedemptionRequest> = {}): RedemptionRequest => ({
  redemptionId: anId(), memberId, itemId, quantity: 2, expectedPoints: 400, memberCommunityIds: [], at, ...overrides,
});

describe(decideRedemption.name, () => {
  it('should take the points and the stock together', () => {
    const { catalogueEvents, pointsEvents } = decideRedemption(item(), account(), request());
    expectContractValid([...catalogueEvents, ...pointsEvents]);
    expect(catalogueEvents.reduce(catalogueItemDecider.evolve, item()).stock).toBe(3);
    expect(pointsEvents).toMatchObject([{ type: 'groundswell.members.PointsRedeemed.v1', data: { amount: 400, itemId } }]);
  });

  it('should take neither when the points are short', () => {
    expect(() => decideRedemption(item(), account(399), request())).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_POINTS' }) as Error);
  });

  it('should take neither when the stock is short', () => {
    expect(() => decideRedemption(item(1), account(), request())).toThrow(expect.objectContaining({ code: 'OUT_OF_STOCK' }) as Error);
  });

  it('should do nothing on either side for a retried redemption', () => {
    const first = request();
    const { catalogueEvents, pointsEvents } = decideRedemption(item(), account(), first);
    const itemAfter = catalogueEvents.reduce(catalogueItemDecider.evolve, item());
    const accountAfter = pointsEvents.reduce(pointsDecider.evolve, account());
    expect(decideRedemption(itemAfter, accountAfter, first)).toEqual({ catalogueEvents: [], pointsEvents: [] });
  });

  it('should refuse a redemption recorded on one side only', () => {
    const first = request();
    const { catalogueEvents } = decideRedemption(item(), account(), first);
    const itemAfter = catalogueEvents.reduce(catalogueItemDecider.evolve, item());
    expect(() => decideRedemption(itemAfter, account(), first)).toThrow(MemberDomainError);
  });

  it('should refuse the state of another item', () => {
    expect(() => decideRedemption(item(), account(), request({ itemId: anId() }))).toThrow(expect.objectContaining({ code: 'CATALOGUE_ITEM_NOT_FOUND' }) as Error);
  });
});
