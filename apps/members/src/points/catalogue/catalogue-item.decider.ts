import type { Decider } from '@groundswell/event-store';
import { CatalogueItemAddedV1, CatalogueItemRedeemedV1, CatalogueItemRepricedV1, CatalogueItemRestockedV1, CatalogueItemWithdrawnV1 } from '@groundswell/events';
import { MemberDomainError } from '../../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../../shared/actor-policy';
import { domainEvent } from '../../shared/domain-event';
import { optionalText, requireText } from '../../shared/text';
import { evolveCatalogueItem, initialCatalogueItemState, type CatalogueItemCommand, type CatalogueItemEvent, type CatalogueItemState } from './catalogue-item.state';

const whole = (value: number, minimum: number) => Number.isSafeInteger(value) && value >= minimum;

/**
 * A redemption catalogue item and its stock (stream `catalogue-item-<itemId>`). Stock never goes
 * below zero. Taking stock for a redemption is one half of the redemption; the points half is the
 * member's points account, and `decideRedemption` pairs the two.
 */
export const catalogueItemDecider: Decider<CatalogueItemCommand, CatalogueItemEvent, CatalogueItemState> = {
  initialState: initialCatalogueItemState,
  evolve: evolveCatalogueItem,
  decide(command, state) {
    if (command.type !== 'ReserveForRedemption') requireActor(command.by, operatorsAndAutomation, 'manage the catalogue');
    if (command.type === 'AddCatalogueItem') return add(command, state);
    if (!state.exists) throw new MemberDomainError('CATALOGUE_ITEM_NOT_FOUND', 'No such catalogue item');
    if (command.type === 'WithdrawCatalogueItem') {
      if (state.withdrawn) return [];
      const reason = optionalText(command.reason, 500, 'REASON_REQUIRED', 'reason');
      return [domainEvent(CatalogueItemWithdrawnV1, { itemId: state.itemId, reason, withdrawnBy: command.by })];
    }
    if (state.withdrawn) throw new MemberDomainError('CATALOGUE_ITEM_WITHDRAWN', 'The item was withdrawn', { itemId: state.itemId });
    const { itemId } = state;
    switch (command.type) {
      case 'RestockCatalogueItem':
        if (!whole(command.quantity, 1)) throw new MemberDomainError('INVALID_QUANTITY', 'Restock at least one whole unit');
        return [domainEvent(CatalogueItemRestockedV1, { itemId, quantity: command.quantity, restockedBy: command.by })];
      case 'RepriceCatalogueItem':
        if (!whole(command.cost, 1)) throw new MemberDomainError('INVALID_CATALOGUE_ITEM', 'A cost is a whole number of points above 0');
        if (command.cost === state.cost) return [];
        return [domainEvent(CatalogueItemRepricedV1, { itemId, from: state.cost, to: command.cost, repricedBy: command.by })];
      case 'ReserveForRedemption':
        return reserve(command, state);
    }
  },
};

function add(command: Extract<CatalogueItemCommand, { type: 'AddCatalogueItem' }>, state: CatalogueItemState): CatalogueItemEvent[] {
  if (state.exists) throw new MemberDomainError('CATALOGUE_ITEM_ALREADY_EXISTS', 'The item exists already', { itemId: state.itemId });
  const name = requireText(command.name, 100, 'INVALID_CATALOGUE_ITEM', 'name');
  if (!whole(command.cost, 1)) throw new MemberDomainError('INVALID_CATALOGUE_ITEM', 'A cost is a whole number of points above 0');
  if (!whole(command.stock, 0)) throw new MemberDomainError('INVALID_QUANTITY', 'Stock is a whole number ≥ 0');
  const { itemId, communityId, kind, cost, stock, by } = command;
  return [domainEvent(CatalogueItemAddedV1, { itemId, communityId, name, kind, cost, stock, addedBy: by })];
}

function reserve(command: Extract<CatalogueItemCommand, { type: 'ReserveForRedemption' }>, state: CatalogueItemState): CatalogueItemEvent[] {
  const { redemptionId, memberId, quantity, expectedPoints } = command;
  const earlier = state.redemptions[redemptionId];
  if (earlier) {
    if (earlier.quantity === quantity && earlier.points === expectedPoints) return [];
    throw new MemberDomainError('REFERENCE_REUSED', `Redemption ${redemptionId} was for other quantities`, { redemptionId });
  }
  if (state.communityId && !command.memberCommunityIds.includes(state.communityId)) {
    throw new MemberDomainError('ITEM_NOT_AVAILABLE', 'Only members of the item’s community may redeem it', { communityId: state.communityId });
  }
  if (!whole(quantity, 1)) throw new MemberDomainError('INVALID_QUANTITY', 'Redeem at least one whole unit');
  if (quantity > state.stock) throw new MemberDomainError('OUT_OF_STOCK', `Only ${state.stock} left`, { stock: state.stock, quantity });
  const points = state.cost * quantity;
  if (expectedPoints !== points) {
    throw new MemberDomainError('PRICE_CHANGED', `The redemption now costs ${points} points`, { expectedPoints, points });
  }
  return [domainEvent(CatalogueItemRedeemedV1, { itemId: state.itemId, redemptionId, memberId, quantity, points })];
}
