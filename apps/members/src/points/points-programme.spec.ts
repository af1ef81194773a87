import { BadgeDefinedV1, GrowthLevelsDefinedV1, PointsExpiryPolicySetV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { pointsProgrammeDecider, requireDefinedBadge, type PointsProgrammeCommand } from './points-programme';

const spec = memberDeciderSpec(pointsProgrammeDecider);
const operator = anOperator();
const now = at('2026-03-01T00:00:00.000Z');
const sixMonths = { kind: 'months_after_earning' as const, months: 6 };
const policySet = domainEvent(PointsExpiryPolicySetV1, { policy: sixMonths, setBy: operator, setAt: now.toISOString() });
const tiers = [
  { level: 'seed', minGrowth: 0 },
  { level: 'sprout', minGrowth: 100 },
];
const levelsV1 = domainEvent(GrowthLevelsDefinedV1, { version: 1, levels: tiers, definedBy: operator, definedAt: now.toISOString() });
const earlyBird = domainEvent(BadgeDefinedV1, { badgeId: 'early-bird', name: 'Early bird', description: undefined, definedBy: operator, definedAt: now.toISOString() });

const setPolicy = (policy: unknown): PointsProgrammeCommand => ({ type: 'SetPointsExpiryPolicy', policy: policy as never, by: operator, at: now });
const defineLevels = (levels = tiers): PointsProgrammeCommand => ({ type: 'DefineGrowthLevels', levels, by: operator, at: now });
const defineBadge = (overrides: Partial<Extract<PointsProgrammeCommand, { type: 'DefineBadge' }>> = {}): PointsProgrammeCommand => ({
  type: 'DefineBadge', badgeId: 'early-bird', name: 'Early bird', by: operator, at: now, ...overrides,
});

describe('pointsProgrammeDecider', () => {
  describe('SetPointsExpiryPolicy', () => {
    it('should set a policy, and treat repeating it as a no-op', () => {
      spec.given([]).when(setPolicy(sixMonths)).then([policySet]);
      spec.given([policySet]).when(setPolicy(sixMonths)).then([]);
    });
    it('should treat "never" as the starting policy', () => {
      spec.given([]).when(setPolicy({ kind: 'never' })).then([]);
    });
    it.each([
      ['zero months', { kind: 'months_after_earning', months: 0 }],
      ['fractional months', { kind: 'months_after_earning', months: 1.5 }],
      ['too many years', { kind: 'end_of_year', yearsAfter: 11, utcOffsetMinutes: 480 }],
      ['an offset beyond 14 hours', { kind: 'end_of_year', yearsAfter: 1, utcOffsetMinutes: 900 }],
      ['an unknown kind', { kind: 'someday' }],
    ])('should reject %s with INVALID_EXPIRY_POLICY', (_, policy) => {
      spec.given([]).when(setPolicy(policy)).thenThrows(MemberDomainError, 'INVALID_EXPIRY_POLICY');
    });
  });

  describe('DefineGrowthLevels', () => {
    it('should version each new table, and ignore a repeat of the current one', () => {
      spec.given([]).when(defineLevels()).then([levelsV1]);
      spec.given([levelsV1]).when(defineLevels()).then([]);
      const raised = [{ level: 'seed', minGrowth: 0 }, { level: 'sprout', minGrowth: 200 }];
      spec.given([levelsV1]).when(defineLevels(raised)).then([domainEvent(GrowthLevelsDefinedV1, { version: 2, levels: raised, definedBy: operator, definedAt: now.toISOString() })]);
    });
    it.each([
      ['a first level above 0', [{ level: 'seed', minGrowth: 10 }]],
      ['thresholds not increasing', [{ level: 'seed', minGrowth: 0 }, { level: 'tree', minGrowth: 0 }]],
      ['a level named twice', [{ level: 'seed', minGrowth: 0 }, { level: 'seed', minGrowth: 5 }]],
      ['no levels', []],
    ])('should reject %s with INVALID_LEVEL_TABLE', (_, levels) => {
      spec.given([]).when(defineLevels(levels)).thenThrows(MemberDomainError, 'INVALID_LEVEL_TABLE');
    });
  });

  describe('DefineBadge', () => {
    it('should define a badge once, and rename it', () => {
      spec.given([]).when(defineBadge()).then([earlyBird]);
      spec.given([earlyBird]).when(defineBadge()).then([]);
      spec.given([earlyBird]).when(defineBadge({ name: 'Early riser' })).then([{ ...earlyBird, data: { ...earlyBird.data, name: 'Early riser' } }]);
    });
    it.each([
      ['an id with capitals', defineBadge({ badgeId: 'Early' })],
      ['a blank name', defineBadge({ name: ' ' })],
      ['an overlong description', defineBadge({ description: 'x'.repeat(501) })],
    ])('should reject %s with INVALID_BADGE', (_, command) => {
      spec.given([]).when(command).thenThrows(MemberDomainError, 'INVALID_BADGE');
    });
  });

  it.each([
    ['automation', aSystemActor('importer')],
    ['a member', theMember('0b6f3c52-5a55-4c36-9b0c-2f7f2f0e1a11')],
  ])('should let only operators change the programme, not %s', (_, actor) => {
    spec.given([]).when({ ...setPolicy(sixMonths), by: actor }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
  });

  it('should reject an invalid instant', () => {
    spec.given([]).when({ ...defineBadge(), at: new Date('nope') }).thenThrows(MemberDomainError, 'INVALID_TIMESTAMP');
  });

  describe(requireDefinedBadge.name, () => {
    it('should find a defined badge and reject an unknown one with BADGE_NOT_DEFINED', () => {
      const state = pointsProgrammeDecider.evolve(pointsProgrammeDecider.initialState(), earlyBird);
      expect(requireDefinedBadge(state, 'early-bird')).toEqual({ name: 'Early bird' });
      expect(() => requireDefinedBadge(state, 'vip')).toThrow(expect.objectContaining({ code: 'BADGE_NOT_DEFINED' }) as Error);
    });
  });
});
