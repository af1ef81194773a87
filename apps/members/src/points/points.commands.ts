import type { Actor, PointsSourceKind } from '@groundswell/events';
import type { LevelTable } from './growth-levels';

/**
 * Commands on one member's points account. `expiresAt` comes from the tenant's expiry policy
 * (`pointsExpiry`); `levels` is the tenant's current level table, when growth levels are in use.
 */
export type PointsCommand =
  | {
      type: 'EarnPoints';
      memberId: string;
      sourceRef: string;
      sourceKind: PointsSourceKind;
      amount: number;
      at: Date;
      expiresAt?: Date;
      levels?: LevelTable;
    }
  | { type: 'RedeemPoints'; memberId: string; redemptionId: string; amount: number; itemId?: string; at: Date }
  | { type: 'ExpirePoints'; memberId: string; at: Date }
  | {
      type: 'AdjustPoints';
      memberId: string;
      adjustmentId: string;
      delta: number;
      reason: string;
      at: Date;
      expiresAt?: Date;
      levels?: LevelTable;
      by: Actor;
    }
  | { type: 'AwardBadge'; memberId: string; badgeId: string; reason?: string; by: Actor }
  | { type: 'RevokeBadge'; memberId: string; badgeId: string; reason: string; by: Actor };

export type PointsCommandOf<TType extends PointsCommand['type']> = Extract<PointsCommand, { type: TType }>;
