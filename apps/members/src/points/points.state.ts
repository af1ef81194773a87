import { BadgeAwardedV1, BadgeRevokedV1, GrowthLevelChangedV1, PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1 } from '@groundswell/events';
import type { DomainEventOf } from '../shared/domain-event';
import { applyDraws, type Lot } from './lots';

export type PointsEvent = DomainEventOf<
  | typeof PointsEarnedV1
  | typeof PointsRedeemedV1
  | typeof PointsExpiredV1
  | typeof PointsAdjustedV1
  | typeof GrowthLevelChangedV1
  | typeof BadgeAwardedV1
  | typeof BadgeRevokedV1
>;

export interface PointsState {
  memberId: string;
  /** Oldest first. */
  lots: Lot[];
  /** What each source reference, redemption and adjustment recorded: the keys commands dedupe on. */
  earned: Record<string, number>;
  redeemed: Record<string, number>;
  adjusted: Record<string, number>;
  /** Lifetime earned plus adjustments: drives growth levels; spending and expiry don't lower it. */
  growthValue: number;
  level?: string;
  badges: Record<string, true>;
}

export const initialPointsState = (): PointsState => ({
  memberId: '',
  lots: [],
  earned: {},
  redeemed: {},
  adjusted: {},
  growthValue: 0,
  badges: {},
});

export const earnedLotRef = (sourceRef: string) => `earned:${sourceRef}`;
export const adjustedLotRef = (adjustmentId: string) => `adjusted:${adjustmentId}`;

export function evolvePoints(state: PointsState, event: PointsEvent): PointsState {
  const next = { ...state, memberId: event.data.memberId };
  switch (event.type) {
    case PointsEarnedV1.type: {
      const { sourceRef, amount, expiresAt } = event.data;
      const lot = { lotRef: earnedLotRef(sourceRef), remaining: amount, expiresAt };
      return { ...next, lots: [...state.lots, lot], earned: { ...state.earned, [sourceRef]: amount }, growthValue: state.growthValue + amount };
    }
    case PointsRedeemedV1.type:
      return { ...next, lots: applyDraws(state.lots, event.data.drawnFrom), redeemed: { ...state.redeemed, [event.data.redemptionId]: event.data.amount } };
    case PointsExpiredV1.type:
      return { ...next, lots: applyDraws(state.lots, event.data.lots) };
    case PointsAdjustedV1.type: {
      const { adjustmentId, delta, expiresAt, drawnFrom = [] } = event.data;
      const lots = delta > 0 ? [...state.lots, { lotRef: adjustedLotRef(adjustmentId), remaining: delta, expiresAt }] : applyDraws(state.lots, drawnFrom);
      const growthValue = Math.max(0, state.growthValue + delta);
      return { ...next, lots, adjusted: { ...state.adjusted, [adjustmentId]: delta }, growthValue };
    }
    case GrowthLevelChangedV1.type:
      return { ...next, level: event.data.to };
    case BadgeAwardedV1.type:
      return { ...next, badges: { ...state.badges, [event.data.badgeId]: true } };
    case BadgeRevokedV1.type: {
      const { [event.data.badgeId]: _revoked, ...badges } = state.badges;
      return { ...next, badges };
    }
  }
}
