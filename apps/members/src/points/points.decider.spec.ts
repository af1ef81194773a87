import { BadgeAwardedV1, BadgeRevokedV1, GrowthLevelChangedV1, PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anId, anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import type { LevelTable } from './growth-levels';
import type { PointsCommandOf } from './points.commands';
import { pointsDecider } from './points.decider';

const spec = memberDeciderSpec(pointsDecider);
const memberId = anId();
const operator = anOperator();
const [jan, feb, mar, jul] = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-07-10'].map((day) => at(`${day}T00:00:00.000Z`)) as [Date, Date, Date, Date];
const levels: LevelTable = { version: 2, levels: [{ level: 'seed', minGrowth: 0 }, { level: 'sprout', minGrowth: 100 }, { level: 'tree', minGrowth: 1000 }] };

const earned = (sourceRef: string, amount: number, earnedAt = jan, expiresAt?: Date) =>
  domainEvent(PointsEarnedV1, { memberId, sourceRef, sourceKind: 'activity', amount, earnedAt: earnedAt.toISOString(), expiresAt: expiresAt?.toISOString() });
const earn = (overrides: Partial<PointsCommandOf<'EarnPoints'>> = {}): PointsCommandOf<'EarnPoints'> => ({
  type: 'EarnPoints', memberId, sourceRef: 'check-in:2025-01-10', sourceKind: 'activity', amount: 10, at: jan, ...overrides,
});
const redeem = (amount: number, redemptionId = anId(), when = mar): PointsCommandOf<'RedeemPoints'> => ({ type: 'RedeemPoints', memberId, redemptionId, amount, at: when });
const adjust = (delta: number, overrides: Partial<PointsCommandOf<'AdjustPoints'>> = {}): PointsCommandOf<'AdjustPoints'> => ({
  type: 'AdjustPoints', memberId, adjustmentId: anId(), delta, reason: 'Order refunded', at: mar, by: operator, ...overrides,
});

describe('pointsDecider', () => {
  describe('EarnPoints', () => {
    it('should credit points with their expiry', () => {
      spec.given([]).when(earn({ expiresAt: jul })).then([earned('check-in:2025-01-10', 10, jan, jul)]);
    });

    it('should earn once per source reference', () => {
      spec.given([earned('check-in:2025-01-10', 10)]).when(earn()).then([]);
    });

    it('should reject a source reference reused for another amount', () => {
      spec.given([earned('check-in:2025-01-10', 10)]).when(earn({ amount: 50 })).thenThrows(MemberDomainError, 'REFERENCE_REUSED');
    });

    it('should reach a growth level as points come in', () => {
      const levelUp = domainEvent(GrowthLevelChangedV1, { memberId, from: 'seed', to: 'sprout', growthValue: 110, levelTableVersion: 2 });
      const seeded = domainEvent(GrowthLevelChangedV1, { memberId, to: 'seed', growthValue: 10, levelTableVersion: 2 });
      spec.given([]).when(earn({ levels })).then([earned('check-in:2025-01-10', 10), seeded]);
      spec.given([earned('a', 10), seeded]).when(earn({ sourceRef: 'order:1', amount: 100, levels })).then([earned('order:1', 100), levelUp]);
      spec.given([earned('a', 10), seeded]).when(earn({ sourceRef: 'order:1', amount: 5, levels })).then([earned('order:1', 5)]);
    });

    it.each([
      ['INVALID_AMOUNT', earn({ amount: 0 })],
      ['INVALID_AMOUNT', earn({ amount: 2.5 })],
      ['INVALID_SOURCE_REF', earn({ sourceRef: ' ' })],
      ['INVALID_EXPIRY', earn({ expiresAt: jan })],
      ['INVALID_TIMESTAMP', earn({ at: new Date('nope') })],
      ['INVALID_LEVEL_TABLE', earn({ levels: { version: 1, levels: [{ level: 'seed', minGrowth: 5 }] } })],
      ['INVALID_LEVEL_TABLE', earn({ levels: { version: 1, levels: [{ level: 'a', minGrowth: 0 }, { level: 'b', minGrowth: 0 }] } })],
    ])('should reject with %s', (code, command) => {
      spec.given([]).when(command).thenThrows(MemberDomainError, code);
    });
  });

  describe('RedeemPoints', () => {
    it('should spend the oldest lots first', () => {
      const redemptionId = anId();
      spec
        .given([earned('a', 30, jan), earned('b', 50, feb)])
        .when(redeem(40, redemptionId))
        .then([
          domainEvent(PointsRedeemedV1, {
            memberId, redemptionId, amount: 40, drawnFrom: [{ lotRef: 'earned:a', amount: 30 }, { lotRef: 'earned:b', amount: 10 }], redeemedAt: mar.toISOString(),
          }),
        ]);
    });

    it('should not spend points past their expiry, even before they are expired', () => {
      spec.given([earned('a', 30, jan, feb), earned('b', 20, jan)]).when(redeem(40)).thenThrows(MemberDomainError, 'INSUFFICIENT_POINTS');
    });

    it('should reject more than the balance', () => {
      spec.given([earned('a', 30)]).when(redeem(31)).thenThrows(MemberDomainError, 'INSUFFICIENT_POINTS');
    });

    it('should redeem once per redemption id', () => {
      const redemptionId = anId();
      const history = [earned('a', 30), domainEvent(PointsRedeemedV1, { memberId, redemptionId, amount: 10, drawnFrom: [{ lotRef: 'earned:a', amount: 10 }], redeemedAt: mar.toISOString() })];
      spec.given(history).when(redeem(10, redemptionId)).then([]);
      spec.given(history).when(redeem(20, redemptionId)).thenThrows(MemberDomainError, 'REFERENCE_REUSED');
    });

    it('should reject an amount that is not whole points', () => {
      spec.given([earned('a', 30)]).when(redeem(-5)).thenThrows(MemberDomainError, 'INVALID_AMOUNT');
    });
  });

  describe('ExpirePoints', () => {
    it('should expire what is left of lapsed lots, oldest first', () => {
      const spent = domainEvent(PointsRedeemedV1, { memberId, redemptionId: anId(), amount: 10, drawnFrom: [{ lotRef: 'earned:a', amount: 10 }], redeemedAt: jan.toISOString() });
      spec
        .given([earned('a', 30, jan, feb), earned('b', 20, jan, mar), earned('c', 5, jan), spent])
        .when({ type: 'ExpirePoints', memberId, at: mar })
        .then([
          domainEvent(PointsExpiredV1, { memberId, amount: 40, lots: [{ lotRef: 'earned:a', amount: 20 }, { lotRef: 'earned:b', amount: 20 }], expiredAt: mar.toISOString() }),
        ]);
    });

    it('should do nothing when nothing has lapsed', () => {
      spec.given([earned('a', 30, jan, jul)]).when({ type: 'ExpirePoints', memberId, at: mar }).then([]);
    });

    it('should expire nothing more when run again at the same instant', () => {
      const expired = domainEvent(PointsExpiredV1, { memberId, amount: 30, lots: [{ lotRef: 'earned:a', amount: 30 }], expiredAt: mar.toISOString() });
      spec.given([earned('a', 30, jan, feb), expired]).when({ type: 'ExpirePoints', memberId, at: mar }).then([]);
    });

    it('should never go below zero: a lot spent in full before its date expires nothing', () => {
      const spentAll = domainEvent(PointsRedeemedV1, { memberId, redemptionId: anId(), amount: 30, drawnFrom: [{ lotRef: 'earned:a', amount: 30 }], redeemedAt: jan.toISOString() });
      spec.given([earned('a', 30, jan, feb), spentAll]).when({ type: 'ExpirePoints', memberId, at: mar }).then([]);
    });
  });

  describe('AdjustPoints', () => {
    it('should add points as a lot of their own', () => {
      const command = adjust(25, { expiresAt: jul });
      spec
        .given([])
        .when(command)
        .then([
          domainEvent(PointsAdjustedV1, {
            memberId, adjustmentId: command.adjustmentId, delta: 25, reason: 'Order refunded', expiresAt: jul.toISOString(), adjustedBy: operator, adjustedAt: mar.toISOString(),
          }),
        ]);
    });

    it('should take points from the oldest lots', () => {
      const command = adjust(-35);
      spec
        .given([earned('a', 30, jan), earned('b', 50, feb)])
        .when(command)
        .then([
          domainEvent(PointsAdjustedV1, {
            memberId, adjustmentId: command.adjustmentId, delta: -35, reason: 'Order refunded', drawnFrom: [{ lotRef: 'earned:a', amount: 30 }, { lotRef: 'earned:b', amount: 5 }], adjustedBy: operator, adjustedAt: mar.toISOString(),
          }),
        ]);
    });

    it('should adjust once per adjustment id', () => {
      const command = adjust(5);
      const history = pointsDecider.decide(command, pointsDecider.initialState());
      spec.given(history).when(command).then([]);
      spec.given(history).when({ ...command, delta: 6 }).thenThrows(MemberDomainError, 'REFERENCE_REUSED');
    });

    it('should lower the growth level with a deduction', () => {
      const history = [earned('a', 150), domainEvent(GrowthLevelChangedV1, { memberId, to: 'sprout', growthValue: 150, levelTableVersion: 2 })];
      const events = pointsDecider.decide(adjust(-100, { levels }), history.reduce(pointsDecider.evolve, pointsDecider.initialState()));
      expect(events[1]).toEqual(domainEvent(GrowthLevelChangedV1, { memberId, from: 'sprout', to: 'seed', growthValue: 50, levelTableVersion: 2 }));
    });

    it.each([
      ['INSUFFICIENT_POINTS', adjust(-31)],
      ['INVALID_AMOUNT', adjust(0)],
      ['REASON_REQUIRED', adjust(5, { reason: '' })],
      ['INVALID_EXPIRY', adjust(-5, { expiresAt: jul })],
      ['INVALID_EXPIRY', adjust(5, { expiresAt: feb })],
      ['ACTOR_NOT_ALLOWED', adjust(5, { by: theMember(memberId) })],
    ])('should reject with %s', (code, command) => {
      spec.given([earned('a', 30)]).when(command).thenThrows(MemberDomainError, code);
    });
  });

  describe('badges', () => {
    const awarded = domainEvent(BadgeAwardedV1, { memberId, badgeId: 'early-bird', reason: '30 check-ins', awardedBy: aSystemActor('badge-rules') });

    it('should award a badge once', () => {
      spec.given([]).when({ type: 'AwardBadge', memberId, badgeId: 'early-bird', reason: '30 check-ins', by: aSystemActor('badge-rules') }).then([awarded]);
      spec.given([awarded]).when({ type: 'AwardBadge', memberId, badgeId: 'early-bird', by: operator }).then([]);
    });

    it('should revoke a badge with a reason', () => {
      spec
        .given([awarded])
        .when({ type: 'RevokeBadge', memberId, badgeId: 'early-bird', reason: 'Check-ins were scripted', by: operator })
        .then([domainEvent(BadgeRevokedV1, { memberId, badgeId: 'early-bird', reason: 'Check-ins were scripted', revokedBy: operator })]);
    });

    it('should reject revoking a badge the member lacks, or without a reason', () => {
      spec.given([]).when({ type: 'RevokeBadge', memberId, badgeId: 'early-bird', reason: 'x', by: operator }).thenThrows(MemberDomainError, 'BADGE_NOT_AWARDED');
      spec.given([awarded]).when({ type: 'RevokeBadge', memberId, badgeId: 'early-bird', reason: '', by: operator }).thenThrows(MemberDomainError, 'REASON_REQUIRED');
    });

    it('should reject a blank badge, and badges handed out by members', () => {
      spec.given([]).when({ type: 'AwardBadge', memberId, badgeId: ' ', by: operator }).thenThrows(MemberDomainError, 'INVALID_BADGE');
      spec.given([]).when({ type: 'AwardBadge', memberId, badgeId: 'vip', by: theMember(memberId) }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
      spec.given([awarded]).when({ type: 'RevokeBadge', memberId, badgeId: 'early-bird', reason: 'x', by: theMember(memberId) }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });
});
