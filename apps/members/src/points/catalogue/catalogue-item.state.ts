import { CatalogueItemAddedV1, CatalogueItemRedeemedV1, CatalogueItemRepricedV1, CatalogueItemRestockedV1, CatalogueItemWithdrawnV1, type Actor, type CatalogueItemKind } from '@groundswell/events';
import type { DomainEventOf } from '../../shared/domain-event';

export type CatalogueItemCommand =
  | { type: 'AddCatalogueItem'; itemId: string; communityId?: string; name: string; kind: CatalogueItemKind; cost: number; stock: number; by: Actor }
  | { type: 'RestockCatalogueItem'; quantity: number; by: Actor }
  | { type: 'RepriceCatalogueItem'; cost: number; by: Actor }
  | { type: 'WithdrawCatalogueItem'; reason?: string; by: Actor }
  | {
      type: 'ReserveForRedemption';
      redemptionId: string;
      memberId: string;
      quantity: number;
      /** The price the member agreed to; a reprice since then rejects instead of surprising them. */
      expectedPoints: number;
      /** Communities the member is active in, read from the member's stream. */
      memberCommunityIds: string[];
    };

export type CatalogueItemEvent = DomainEventOf<
  | typeof CatalogueItemAddedV1
  | typeof CatalogueItemRestockedV1
  | typeof CatalogueItemRepricedV1
  | typeof CatalogueItemWithdrawnV1
  | typeof CatalogueItemRedeemedV1
>;

export interface CatalogueItemState {
  exists: boolean;
  itemId: string;
  communityId?: string;
  cost: number;
  stock: number;
  withdrawn: boolean;
  redemptions: Record<string, { quantity: number; points: number }>;
}

export const initialCatalogueItemState = (): CatalogueItemState => ({
  exists: false,
  itemId: '',
  cost: 0,
  stock: 0,
  withdrawn: false,
  redemptions: {},
});

export function evolveCatalogueItem(state: CatalogueItemState, event: CatalogueItemEvent): CatalogueItemState {
  switch (event.type) {
    case CatalogueItemAddedV1.type: {
      const { itemId, communityId, cost, stock } = event.data;
      return { ...state, exists: true, itemId, communityId, cost, stock };
    }
    case CatalogueItemRestockedV1.type:
      return { ...state, stock: state.stock + event.data.quantity };
    case CatalogueItemRepricedV1.type:
      return { ...state, cost: event.data.to };
    case CatalogueItemWithdrawnV1.type:
      return { ...state, withdrawn: true };
    case CatalogueItemRedeemedV1.type: {
      const { redemptionId, quantity, points } = event.data;
      return { ...state, stock: state.stock - quantity, redemptions: { ...state.redemptions, [redemptionId]: { quantity, points } } };
    }
  }
}
