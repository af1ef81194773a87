import { MemberChurnRiskAssessedV1, MemberChurnRiskReviewedV1, type EncryptedField } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anId, anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { churnReviewNote, churnRiskDecider, type ChurnRiskCommand } from './churn-risk.decider';
import { scoreChurnRisk, type ChurnFacts } from './churn-risk-score';

describe(scoreChurnRisk.name, () => {
  it.each([
    ['an engaged buyer', { daysSinceLastActive: 0, activeDaysLast30: 12, purchasesLast90: 2 }, 0, 'low'],
    ['a member halfway on every factor', { daysSinceLastActive: 30, activeDaysLast30: 6, purchasesLast90: 1 }, 0.5, 'medium'],
    ['a member silent for two months', { daysSinceLastActive: 60, activeDaysLast30: 0, purchasesLast90: 0 }, 1, 'high'],
    ['a quiet non-buyer', { daysSinceLastActive: 45, activeDaysLast30: 3, purchasesLast90: 0 }, 0.8, 'high'],
    ['a regular who stopped buying', { daysSinceLastActive: 24, activeDaysLast30: 6, purchasesLast90: 2 }, 0.35, 'low'],
    ['the medium boundary', { daysSinceLastActive: 24, activeDaysLast30: 12, purchasesLast90: 0 }, 0.4, 'medium'],
    ['the high boundary', { daysSinceLastActive: 60, activeDaysLast30: 12, purchasesLast90: 0 }, 0.7, 'high'],
  ] as const)('should score %s', (_, facts, score, band) => {
    expect(scoreChurnRisk(facts)).toMatchObject({ score, band });
  });
});

const memberId = anId();
const communityId = anId();
const operator = anOperator();
const automation = aSystemActor('churn-risk');
const now = at('2026-11-01T00:00:00.000Z');
const spec = memberDeciderSpec(churnRiskDecider);
const quiet: ChurnFacts = { daysSinceLastActive: 45, activeDaysLast30: 3, purchasesLast90: 0 };
const engaged: ChurnFacts = { daysSinceLastActive: 0, activeDaysLast30: 12, purchasesLast90: 2 };
const assess = (facts: ChurnFacts, by = automation): ChurnRiskCommand => ({ type: 'AssessChurnRisk', memberId, communityId, facts, at: now, by });
const sealedNote: EncryptedField = { keyId: 'member-key-1', iv: 'aXY=', ciphertext: 'c2VhbGVk', tag: 'dGFn' };
const review = (confirmed: boolean, note?: EncryptedField, by = operator): ChurnRiskCommand => ({ type: 'ReviewChurnRisk', memberId, communityId, confirmed, note, at: now, by });
const highRisk = domainEvent(MemberChurnRiskAssessedV1, {
  memberId, communityId, score: 0.8, band: 'high', previousBand: undefined, factors: { recency: 0.75, frequency: 0.75, purchases: 1 }, modelVersion: 'churn-v1', assessedAt: now.toISOString(),
});
const confirmed = domainEvent(MemberChurnRiskReviewedV1, { memberId, communityId, confirmed: true, note: sealedNote, score: 0.8, band: 'high', reviewedBy: operator, reviewedAt: now.toISOString() });

describe('churnRiskDecider', () => {
  describe('AssessChurnRisk', () => {
    it('should record the first assessment and every change of band', () => {
      spec.given([]).when(assess(quiet)).then([highRisk]);
      spec.given([highRisk]).when(assess(engaged)).then([
        domainEvent(MemberChurnRiskAssessedV1, {
          memberId, communityId, score: 0, band: 'low', previousBand: 'high', factors: { recency: 0, frequency: 0, purchases: 0 }, modelVersion: 'churn-v1', assessedAt: now.toISOString(),
        }),
      ]);
    });
    it('should record nothing while the band holds', () => {
      spec.given([highRisk]).when(assess({ ...quiet, daysSinceLastActive: 50 })).then([]);
    });
    it.each([
      ['negative days', assess({ ...quiet, daysSinceLastActive: -1 })],
      ['more active days than the month has', assess({ ...quiet, activeDaysLast30: 31 })],
      ['fractional purchases', assess({ ...quiet, purchasesLast90: 0.5 })],
    ])('should reject %s with INVALID_CHURN_SCORE', (_, command) => {
      spec.given([]).when(command).thenThrows(MemberDomainError, 'INVALID_CHURN_SCORE');
    });
    it('should not let a member assess themself', () => {
      spec.given([]).when(assess(quiet, theMember(memberId))).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });

  describe('ReviewChurnRisk', () => {
    it('should let a person confirm the current assessment, with a sealed note', () => {
      spec.given([highRisk]).when(review(true, sealedNote)).then([confirmed]);
    });
    it('should treat a repeated review without a note as done, and record a new note', () => {
      const plainConfirmation = { ...confirmed, data: { ...confirmed.data, note: undefined } };
      spec.given([highRisk]).when(review(true)).then([plainConfirmation]);
      spec.given([highRisk, plainConfirmation]).when(review(true)).then([]);
      spec.given([highRisk, plainConfirmation]).when(review(true, sealedNote)).then([confirmed]);
    });
    it('should let a person change their mind, and dismiss', () => {
      spec.given([highRisk, confirmed]).when(review(false)).then([
        domainEvent(MemberChurnRiskReviewedV1, { memberId, communityId, confirmed: false, note: undefined, score: 0.8, band: 'high', reviewedBy: operator, reviewedAt: now.toISOString() }),
      ]);
    });
    it('should ask for a fresh review after the band changes', () => {
      const lower = domainEvent(MemberChurnRiskAssessedV1, { ...highRisk.data, score: 0.5, band: 'medium', previousBand: 'high' });
      spec.given([highRisk, confirmed, lower]).when(review(true, sealedNote)).then([{ ...confirmed, data: { ...confirmed.data, score: 0.5, band: 'medium' } }]);
    });
    it.each([
      ['CHURN_RISK_NOT_ASSESSED', [], review(true)],
      ['ACTOR_NOT_ALLOWED', [highRisk], review(true, undefined, automation)],
      ['INVALID_TIMESTAMP', [highRisk], { ...review(true), at: new Date('nope') }],
    ] as const)('should reject with %s', (code, history, command) => {
      spec.given([...history]).when(command).thenThrows(MemberDomainError, code);
    });
  });

  describe('churnReviewNote', () => {
    it('should trim a note, and allow none', () => {
      expect(churnReviewNote('  Moved city ')).toBe('Moved city');
      expect(churnReviewNote(undefined)).toBeUndefined();
    });
    it.each([' ', 'x'.repeat(501)])('should reject %j with INVALID_NOTE', (note) => {
      expect(() => churnReviewNote(note)).toThrow(expect.objectContaining({ code: 'INVALID_NOTE' }));
    });
  });
});
