import { CatalogueItemAddedV1, CatalogueItemRedeemedV1, CatalogueItemRepricedV1, CatalogueItemRestockedV1, CatalogueItemWithdrawnV1 } from '@groundswell/events';
import { MemberDomainError } from '../../shared/member-domain.error';
import { domainEvent } from '../../shared/domain-event';
import { anId, anOperator, theMember } from '../../shared/testing/factories';
import { memberDeciderSpec } from '../../shared/testing/member-decider-spec';
import { catalogueItemDecider } from './catalogue-item.decider';
import type { CatalogueItemCommand } from './catalogue-item.state';

const spec = memberDeciderSpec(catalogueItemDecider);
const operator = anOperator();
const itemId = anId();
const communityId = anId();
const memberId = anId();

const added = (overrides: { stock?: number; communityId?: string } = {}) =>
  domainEvent(CatalogueItemAddedV1, { itemId, name: 'Trail socks', kind: 'gift', cost: 200, stock: 3, addedBy: operator, ...overrides });
const withdrawn = () => domainEvent(CatalogueItemWithdrawnV1, { itemId, reason: 'Supplier stopped', withdrawnBy: operator });
const reserve = (overrides: Partial<Extract<CatalogueItemCommand, { type: 'ReserveForRedemption' }>> = {}): CatalogueItemCommand => ({
  type: 'ReserveForRedemption', redemptionId: anId(), memberId, quantity: 2, expectedPoints: 400, memberCommunityIds: [], ...overrides,
});

describe('catalogueItemDecider', () => {
  describe('AddCatalogueItem', () => {
    const add = (overrides = {}): CatalogueItemCommand => ({ type: 'AddCatalogueItem', itemId, name: ' Trail socks ', kind: 'gift', cost: 200, stock: 3, by: operator, ...overrides });

    it('should add an item with its cost and stock', () => {
      spec.given([]).when(add()).then([added()]);
    });

    it.each([
      ['CATALOGUE_ITEM_ALREADY_EXISTS', [added()], add()],
      ['INVALID_CATALOGUE_ITEM', [], add({ name: '' })],
      ['INVALID_CATALOGUE_ITEM', [], add({ cost: 0 })],
      ['INVALID_QUANTITY', [], add({ stock: -1 })],
      ['ACTOR_NOT_ALLOWED', [], add({ by: theMember(memberId) })],
    ])('should reject with %s', (code, history, command) => {
      spec.given(history).when(command).thenThrows(MemberDomainError, code);
    });
  });

  describe('RestockCatalogueItem, RepriceCatalogueItem, WithdrawCatalogueItem', () => {
    it('should restock, reprice and withdraw', () => {
      spec.given([added()]).when({ type: 'RestockCatalogueItem', quantity: 10, by: operator }).then([domainEvent(CatalogueItemRestockedV1, { itemId, quantity: 10, restockedBy: operator })]);
      spec.given([added()]).when({ type: 'RepriceCatalogueItem', cost: 250, by: operator }).then([domainEvent(CatalogueItemRepricedV1, { itemId, from: 200, to: 250, repricedBy: operator })]);
      spec.given([added()]).when({ type: 'WithdrawCatalogueItem', reason: 'Supplier stopped', by: operator }).then([withdrawn()]);
    });

    it('should do nothing for the same price or a second withdrawal', () => {
      spec.given([added()]).when({ type: 'RepriceCatalogueItem', cost: 200, by: operator }).then([]);
      spec.given([added(), withdrawn()]).when({ type: 'WithdrawCatalogueItem', by: operator }).then([]);
    });

    it.each([
      ['CATALOGUE_ITEM_NOT_FOUND', [], { type: 'RestockCatalogueItem', quantity: 1, by: operator }],
      ['INVALID_QUANTITY', [added()], { type: 'RestockCatalogueItem', quantity: 0, by: operator }],
      ['INVALID_CATALOGUE_ITEM', [added()], { type: 'RepriceCatalogueItem', cost: 1.5, by: operator }],
      ['CATALOGUE_ITEM_WITHDRAWN', [added(), withdrawn()], { type: 'RestockCatalogueItem', quantity: 1, by: operator }],
      ['CATALOGUE_ITEM_WITHDRAWN', [added(), withdrawn()], { type: 'RepriceCatalogueItem', cost: 1, by: operator }],
      ['ACTOR_NOT_ALLOWED', [added()], { type: 'WithdrawCatalogueItem', by: theMember(memberId) }],
    ] as const)('should reject with %s', (code, history, command) => {
      spec.given([...history]).when(command).thenThrows(MemberDomainError, code);
    });
  });

  describe('ReserveForRedemption', () => {
    it('should take stock for a redemption at the agreed price', () => {
      const redemptionId = anId();
      spec
        .given([added()])
        .when(reserve({ redemptionId }))
        .then([domainEvent(CatalogueItemRedeemedV1, { itemId, redemptionId, memberId, quantity: 2, points: 400 })]);
    });

    it('should do nothing for a retried redemption', () => {
      const command = reserve();
      spec.given([added(), ...catalogueItemDecider.decide(command, catalogueItemDecider.evolve(catalogueItemDecider.initialState(), added()))]).when(command).then([]);
    });

    it('should let only members of the item’s community redeem it', () => {
      spec.given([added({ communityId })]).when(reserve({ memberCommunityIds: [anId()] })).thenThrows(MemberDomainError, 'ITEM_NOT_AVAILABLE');
      const redemptionId = anId();
      spec
        .given([added({ communityId })])
        .when(reserve({ redemptionId, memberCommunityIds: [communityId] }))
        .then([domainEvent(CatalogueItemRedeemedV1, { itemId, redemptionId, memberId, quantity: 2, points: 400 })]);
    });

    it.each([
      ['OUT_OF_STOCK', [added({ stock: 1 })], reserve()],
      ['PRICE_CHANGED', [added()], reserve({ expectedPoints: 300 })],
      ['INVALID_QUANTITY', [added()], reserve({ quantity: 0 })],
      ['CATALOGUE_ITEM_NOT_FOUND', [], reserve()],
      ['CATALOGUE_ITEM_WITHDRAWN', [added(), withdrawn()], reserve()],
    ])('should reject with %s', (code, history, command) => {
      spec.given(history).when(command).thenThrows(MemberDomainError, code);
    });

    it('should reject a redemption id reused for other quantities', () => {
      const command = reserve();
      const history = [added({ stock: 10 }), ...catalogueItemDecider.decide(command, catalogueItemDecider.evolve(catalogueItemDecider.initialState(), added({ stock: 10 })))];
      spec.given(history).when({ ...command, quantity: 1, expectedPoints: 200 } as CatalogueItemCommand).thenThrows(MemberDomainError, 'REFERENCE_REUSED');
    });
  });
});
