import { deciderSpec } from '@groundswell/event-store/testing';
import { riskDecider, type ReassessRisk, type RegisterRisk } from './risk.decider';
import { RiskError } from './risk.error';
import { riskEventTypes, type RiskEvent } from './risk.events';

const today = '2026-12-03';
const register = (overrides: Partial<RegisterRisk> = {}): RegisterRisk => ({
  type: 'RegisterRisk',
  riskId: 'r1',
  riskType: 'content',
  title: '违规广告混入社群',
  likelihood: 4,
  impact: 3,
  owner: 'u-moderation-lead',
  reviewDue: '2027-01-15',
  today,
  by: 'u-owner',
  ...overrides,
});
const reassess = (overrides: Partial<ReassessRisk> = {}): ReassessRisk => ({
  type: 'ReassessRisk',
  likelihood: 2,
  impact: 3,
  note: '敏感词库更新后命中率下降',
  reviewDue: '2027-03-01',
  today,
  by: 'u-owner',
  ...overrides,
});
const registered: RiskEvent = {
  type: riskEventTypes.registered,
  data: {
    riskId: 'r1',
    riskType: 'content',
    title: '违规广告混入社群',
    assessment: { likelihood: 4, impact: 3, score: 12, band: 'high' },
    owner: 'u-moderation-lead',
    reviewDue: '2027-01-15',
    registeredBy: 'u-owner',
  },
};
const closed: RiskEvent = { type: riskEventTypes.closed, data: { riskId: 'r1', reason: '业务下线', closedBy: 'u-owner' } };

describe('riskDecider', () => {
  const spec = deciderSpec(riskDecider);

  describe('RegisterRisk', () => {
    it('should register a risk with its score and band', () => {
      spec.given([]).when(register({ title: ' 违规广告混入社群 ' })).then([registered]);
    });

    it('should keep a description and a potential loss when given', () => {
      const event = riskDecider.decide(register({ description: '第三方推广号伪装成用户', potentialLossYuan: 50_000 }), riskDecider.initialState())[0]!;
      expect(event.data).toMatchObject({ description: '第三方推广号伪装成用户', assessment: { potentialLossYuan: 50_000 } });
    });

    it.each<[string, Partial<RegisterRisk>, string]>([
      ['an empty title', { title: ' ' }, 'TITLE_INVALID'],
      ['an empty description', { description: '' }, 'DESCRIPTION_INVALID'],
      ['a likelihood of 6', { likelihood: 6 }, 'RATING_INVALID'],
      ['an impact of 2.5', { impact: 2.5 }, 'RATING_INVALID'],
      ['a negative potential loss', { potentialLossYuan: -1 }, 'POTENTIAL_LOSS_INVALID'],
      ['no owner', { owner: '' }, 'OWNER_INVALID'],
      ['a review date in the past', { reviewDue: '2026-12-02' }, 'REVIEW_DATE_INVALID'],
      ['a date that does not exist', { reviewDue: '2027-02-30' }, 'REVIEW_DATE_INVALID'],
      ['a date in another format', { reviewDue: '2027/01/15' }, 'REVIEW_DATE_INVALID'],
    ])('should refuse %s', (_, overrides, code) => {
      spec.given([]).when(register(overrides)).thenThrows(RiskError, code);
    });

    it('should accept a review due today', () => {
      spec.given([]).when(register({ reviewDue: today })).then([{ ...registered, data: { ...registered.data, reviewDue: today } } as RiskEvent]);
    });

    it('should refuse to register the same risk twice', () => {
      spec.given([registered]).when(register()).thenThrows(RiskError, 'RISK_EXISTS');
    });
  });

  describe('ReassessRisk', () => {
    it('should record the new rating, the note and the next review', () => {
      spec.given([registered]).when(reassess()).then([
        {
          type: riskEventTypes.reassessed,
          data: { riskId: 'r1', assessment: { likelihood: 2, impact: 3, score: 6, band: 'medium' }, note: '敏感词库更新后命中率下降', reviewDue: '2027-03-01', reassessedBy: 'u-owner' },
        },
      ]);
    });

    it('should refuse a reassessment without a note, with a bad rating or a past review date', () => {
      spec.given([registered]).when(reassess({ note: '' })).thenThrows(RiskError, 'NOTE_INVALID');
      spec.given([registered]).when(reassess({ likelihood: 0 })).thenThrows(RiskError, 'RATING_INVALID');
      spec.given([registered]).when(reassess({ reviewDue: '2026-01-01' })).thenThrows(RiskError, 'REVIEW_DATE_INVALID');
    });

    it('should refuse an unknown or closed risk', () => {
      spec.given([]).when(reassess()).thenThrows(RiskError, 'RISK_NOT_FOUND');
      spec.given([registered, closed]).when(reassess()).thenThrows(RiskError, 'RISK_CLOSED');
    });
  });

  describe('ChangeRiskOwner', () => {
    const change = (owner: string) => ({ type: 'ChangeRiskOwner' as const, owner, by: 'u-owner' });

    it('should hand the risk to a new owner, and change nothing for the same owner', () => {
      spec.given([registered]).when(change('u-legal')).then([{ type: riskEventTypes.ownerChanged, data: { riskId: 'r1', owner: 'u-legal', changedBy: 'u-owner' } }]);
      spec.given([registered]).when(change(' u-moderation-lead ')).then([]);
    });

    it('should refuse an empty owner, an unknown risk and a closed one', () => {
      spec.given([registered]).when(change(' ')).thenThrows(RiskError, 'OWNER_INVALID');
      spec.given([]).when(change('u-legal')).thenThrows(RiskError, 'RISK_NOT_FOUND');
      spec.given([registered, closed]).when(change('u-legal')).thenThrows(RiskError, 'RISK_CLOSED');
    });
  });

  describe('CloseRisk', () => {
    const close = (reason = '业务下线') => ({ type: 'CloseRisk' as const, reason, by: 'u-owner' });

    it('should close an open risk with its reason', () => {
      spec.given([registered]).when(close()).then([closed]);
    });

    it('should refuse an empty reason, a closed risk and an unknown one', () => {
      spec.given([registered]).when(close('')).thenThrows(RiskError, 'NOTE_INVALID');
      spec.given([registered, closed]).when(close()).thenThrows(RiskError, 'RISK_CLOSED');
      spec.given([]).when(close()).thenThrows(RiskError, 'RISK_NOT_FOUND');
    });
  });
});
