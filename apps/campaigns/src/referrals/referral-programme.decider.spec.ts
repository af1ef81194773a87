import { deciderSpec } from '@groundswell/event-store/testing';
import { referralProgrammeDecider } from './referral-programme.decider';
import { ReferralError } from './referral.error';
import { referralEventTypes, type ReferralProgrammeRules } from './referral.events';
import { someRules } from './referral.fixtures';

describe('referralProgrammeDecider', () => {
  const spec = deciderSpec(referralProgrammeDecider);
  const configure = (rules: ReferralProgrammeRules) => ({ type: 'ConfigureReferralProgramme' as const, campaignId: 'campaign-1', rules, by: 'u-manager' });
  const configured = (rules: ReferralProgrammeRules) => ({ type: referralEventTypes.programmeConfigured, data: { campaignId: 'campaign-1', ...rules, configuredBy: 'u-manager' } });

  it('should configure thresholds in ascending order with their rewards trimmed', () => {
    const rules = someRules({
      thresholds: [
        { invites: 5, reward: { kind: 'gift', item: ' 定制保温杯 ' } },
        { invites: 1, reward: { kind: 'coupon', batchId: 'batch-1' } },
      ],
    });
    spec.given([]).when(configure(rules)).then([configured(someRules({ thresholds: [{ invites: 1, reward: { kind: 'coupon', batchId: 'batch-1' } }, { invites: 5, reward: { kind: 'gift', item: '定制保温杯' } }] }))]);
  });

  it('should replace the rules of a configured programme', () => {
    spec.given([configured(someRules())]).when(configure(someRules({ perReferrerCap: 9 }))).then([configured(someRules({ perReferrerCap: 9 }))]);
  });

  it.each([
    ['no thresholds', someRules({ thresholds: [] })],
    ['two thresholds at the same count', someRules({ thresholds: [{ invites: 3, reward: { kind: 'points', points: 1 } }, { invites: 3, reward: { kind: 'points', points: 2 } }] })],
    ['a threshold above the cap', someRules({ perReferrerCap: 2 })],
    ['a cap of 0', someRules({ perReferrerCap: 0 })],
    ['a burst of one invite', someRules({ burst: { invites: 1, windowMinutes: 10 } })],
    ['zero points', someRules({ thresholds: [{ invites: 1, reward: { kind: 'points', points: 0 } }] })],
    ['a badge without a name', someRules({ thresholds: [{ invites: 1, reward: { kind: 'badge', badgeId: ' ' } }] })],
  ])('should refuse a programme with %s', (_case, rules) => {
    spec.given([]).when(configure(rules)).thenThrows(ReferralError, 'REFERRAL_PROGRAMME_INVALID');
  });
});
