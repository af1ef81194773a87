import { GrowthLevelChangedV1, PointsAdjustedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import { requireText } from '../shared/text';
import { checkLevelTable, levelFor, type LevelTable } from './growth-levels';
import { drawOldestFirst } from './lots';
import type { PointsCommandOf } from './points.commands';
import type { PointsEvent, PointsState } from './points.state';

export function requireWholePoints(amount: number): number {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new MemberDomainError('INVALID_AMOUNT', 'Points are whole numbers above 0', { amount });
  return amount;
}

export function expiryAfter(expiresAt: Date | undefined, at: Date): string | undefined {
  if (expiresAt === undefined) return undefined;
  const expiry = toInstant(expiresAt, 'expiresAt');
  if (expiresAt.getTime() <= at.getTime()) throw new MemberDomainError('INVALID_EXPIRY', 'Points must expire after they are credited');
  return expiry;
}

/** A level change when the tenant uses levels and the new growth value crosses a threshold. */
export function levelChange(memberId: string, state: PointsState, growthValue: number, levels?: LevelTable): PointsEvent[] {
  if (!levels) return [];
  const to = levelFor(growthValue, checkLevelTable(levels));
  if (to === state.level) return [];
  return [domainEvent(GrowthLevelChangedV1, { memberId, from: state.level, to, growthValue, levelTableVersion: levels.version })];
}

/** A correction by a person or a migration, with a reason; a deduction can't overdraw the account. */
export function decideAdjustment(
  command: PointsCommandOf<'AdjustPoints'>,
  state: PointsState,
  insufficient: (state: PointsState, requested: number, at: Date) => Error,
): PointsEvent[] {
  requireActor(command.by, operatorsAndAutomation, 'adjust points');
  const { memberId, adjustmentId, delta } = command;
  if (!Number.isSafeInteger(delta) || delta === 0) throw new MemberDomainError('INVALID_AMOUNT', 'An adjustment is a whole number, not 0', { delta });
  const recorded = state.adjusted[adjustmentId];
  if (recorded !== undefined) {
    if (recorded === delta) return [];
    throw new MemberDomainError('REFERENCE_REUSED', `adjustmentId ${adjustmentId} was used for ${recorded} points`, { adjustmentId });
  }
  const reason = requireText(command.reason, 500, 'REASON_REQUIRED', 'reason');
  const adjustedAt = toInstant(command.at);
  let drawnFrom;
  let expiresAt;
  if (delta < 0) {
    if (command.expiresAt) throw new MemberDomainError('INVALID_EXPIRY', 'Only added points expire');
    drawnFrom = drawOldestFirst(state.lots, -delta, command.at);
    if (!drawnFrom) throw insufficient(state, -delta, command.at);
  } else {
    expiresAt = expiryAfter(command.expiresAt, command.at);
  }
  const adjusted = domainEvent(PointsAdjustedV1, { memberId, adjustmentId, delta, reason, drawnFrom, expiresAt, adjustedBy: command.by, adjustedAt });
  return [adjusted, ...levelChange(memberId, state, Math.max(0, state.growthValue + delta), command.levels)];
}
