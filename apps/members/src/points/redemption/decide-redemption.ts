import { catalogueItemDecider } from '../catalogue/catalogue-item.decider';
import type { CatalogueItemEvent, CatalogueItemState } from '../catalogue/catalogue-item.state';
import { MemberDomainError } from '../../shared/member-domain.error';
import { pointsDecider } from '../points.decider';
import type { PointsEvent, PointsState } from '../points.state';

export interface RedemptionRequest {
  redemptionId: string;
  memberId: string;
  itemId: string;
  quantity: number;
  expectedPoints: number;
  memberCommunityIds: string[];
  at: Date;
}

export interface RedemptionDecision {
  /** Append to `catalogue-item-<itemId>`. */
  catalogueEvents: CatalogueItemEvent[];
  /** Append to `points-<memberId>`. */
  pointsEvents: PointsEvent[];
}

/**
 * Points and stock together or not at all. Both deciders must accept, or this throws and nothing
 * is appended; the persistence layer then appends both lists in ONE database transaction, each at
 * the version its state was folded from, so a concurrent change to either stream rolls back both
 * (retrying from fresh state is safe: the decision is recomputed). A retried redemption id is a
 * no-op on both sides.
 */
export function decideRedemption(item: CatalogueItemState, points: PointsState, request: RedemptionRequest): RedemptionDecision {
  const { redemptionId, memberId, itemId, quantity, expectedPoints, memberCommunityIds, at } = request;
  if (item.exists && item.itemId !== itemId) throw new MemberDomainError('CATALOGUE_ITEM_NOT_FOUND', 'The item state is not of this item');
  const catalogueEvents = catalogueItemDecider.decide(
    { type: 'ReserveForRedemption', redemptionId, memberId, quantity, expectedPoints, memberCommunityIds },
    item,
  );
  const pointsEvents = pointsDecider.decide({ type: 'RedeemPoints', memberId, redemptionId, amount: expectedPoints, itemId, at }, points);
  if ((catalogueEvents.length === 0) !== (pointsEvents.length === 0)) {
    // Only possible if something appended one half without the other: refuse to make it worse.
    throw new MemberDomainError('REFERENCE_REUSED', `Redemption ${redemptionId} is recorded on one side only`, { redemptionId });
  }
  return { catalogueEvents, pointsEvents };
}
