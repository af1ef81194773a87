import type { Decider } from '@groundswell/event-store';
import { BadgeAwardedV1, BadgeRevokedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import { optionalText, requireText } from '../shared/text';
import { decideAdjustment, levelChange, requireWholePoints, expiryAfter } from './points-rules';
import { drawOldestFirst, expiredDraws, spendableBalance } from './lots';
import type { PointsCommand } from './points.commands';
import { evolvePoints, initialPointsState, type PointsEvent, type PointsState } from './points.state';

/**
 * One member's points account (stream `points-<memberId>`): earning is idempotent by source
 * reference, spending and expiry take the oldest lots first, and the balance never goes below zero.
 */
export const pointsDecider: Decider<PointsCommand, PointsEvent, PointsState> = {
  initialState: initialPointsState,
  evolve: evolvePoints,
  decide(command, state) {
    const { memberId } = command;
    switch (command.type) {
      case 'EarnPoints': {
        const amount = requireWholePoints(command.amount);
        const sourceRef = requireText(command.sourceRef, 200, 'INVALID_SOURCE_REF', 'sourceRef');
        if (state.earned[sourceRef] !== undefined) return repeated(state.earned[sourceRef], amount, 'sourceRef', sourceRef);
        const earnedAt = toInstant(command.at);
        const expiresAt = expiryAfter(command.expiresAt, command.at);
        const earned = domainEvent(PointsEarnedV1, { memberId, sourceRef, sourceKind: command.sourceKind, amount, earnedAt, expiresAt });
        return [earned, ...levelChange(memberId, state, state.growthValue + amount, command.levels)];
      }
      case 'RedeemPoints': {
        const amount = requireWholePoints(command.amount);
        const { redemptionId, itemId } = command;
        if (state.redeemed[redemptionId] !== undefined) return repeated(state.redeemed[redemptionId], amount, 'redemptionId', redemptionId);
        const redeemedAt = toInstant(command.at);
        const drawnFrom = drawOldestFirst(state.lots, amount, command.at);
        if (!drawnFrom) throw insufficient(state, amount, command.at);
        return [domainEvent(PointsRedeemedV1, { memberId, redemptionId, itemId, amount, drawnFrom, redeemedAt })];
      }
      case 'ExpirePoints': {
        const expiredAt = toInstant(command.at);
        const lots = expiredDraws(state.lots, command.at);
        if (lots.length === 0) return [];
        const amount = lots.reduce((sum, lot) => sum + lot.amount, 0);
        return [domainEvent(PointsExpiredV1, { memberId, amount, lots, expiredAt })];
      }
      case 'AdjustPoints':
        return decideAdjustment(command, state, insufficient);
      case 'AwardBadge': {
        requireActor(command.by, operatorsAndAutomation, 'award badges');
        const badgeId = requireText(command.badgeId, 100, 'INVALID_BADGE', 'badgeId');
        if (state.badges[badgeId]) return [];
        const reason = optionalText(command.reason, 500, 'INVALID_BADGE', 'reason');
        return [domainEvent(BadgeAwardedV1, { memberId, badgeId, reason, awardedBy: command.by })];
      }
      case 'RevokeBadge': {
        requireActor(command.by, operatorsAndAutomation, 'revoke badges');
        if (!state.badges[command.badgeId]) throw new MemberDomainError('BADGE_NOT_AWARDED', 'The member does not hold that badge');
        const reason = requireText(command.reason, 500, 'REASON_REQUIRED', 'reason');
        return [domainEvent(BadgeRevokedV1, { memberId, badgeId: command.badgeId, reason, revokedBy: command.by })];
      }
    }
  },
};

/** A retry of the same request is a no-op; the same reference for a different amount is a bug upstream. */
function repeated(recorded: number, requested: number, field: string, reference: string): PointsEvent[] {
  if (recorded === requested) return [];
  throw new MemberDomainError('REFERENCE_REUSED', `${field} ${reference} was used for ${recorded} points`, { field, reference });
}

function insufficient(state: PointsState, requested: number, at: Date): MemberDomainError {
  const spendable = spendableBalance(state.lots, at);
  return new MemberDomainError('INSUFFICIENT_POINTS', `Only ${spendable} points can be spent`, { spendable, requested });
}
