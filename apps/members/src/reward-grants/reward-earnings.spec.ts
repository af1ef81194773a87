import { RewardGrantedV1, type GrantedReward } from '@groundswell/events';
import { rewardEarningsFor } from './reward-earnings';

const grantOf = (reward: GrantedReward) =>
  RewardGrantedV1.create(
    { grantId: '0b6f3f3e-6a0c-4d7e-9a51-2f1c8e4b7d20', campaignId: 'campaign-1', memberId: 'member-a', reward, reason: { kind: 'operator', note: '活动补发' }, grantedBy: 'u-ops', grantedAt: '2026-12-10T08:00:00.000Z' },
    { subject: 'reward-grant-1', tenantid: 'tenant-1', streamversion: 1, time: '2026-12-10T08:00:00.000Z' },
  );

describe(rewardEarningsFor.name, () => {
  it('should earn a points grant with the grant as source reference', () => {
    expect(rewardEarningsFor(grantOf({ kind: 'points', points: 50 }))).toEqual([
      { kind: 'points', memberId: 'member-a', amount: 50, sourceRef: 'reward-grant:0b6f3f3e-6a0c-4d7e-9a51-2f1c8e4b7d20', sourceKind: 'campaign_reward' },
    ]);
  });

  it('should award a badge grant', () => {
    expect(rewardEarningsFor(grantOf({ kind: 'badge', badgeId: 'super-inviter' }))).toEqual([expect.objectContaining({ kind: 'badge', memberId: 'member-a', badgeId: 'super-inviter' })]);
  });

  it('should earn nothing for coupons and gifts, which campaigns fulfils', () => {
    expect(rewardEarningsFor(grantOf({ kind: 'gift', item: '保温杯' }))).toEqual([]);
    expect(rewardEarningsFor(grantOf({ kind: 'coupon', batchId: 'batch-1', couponId: 'coupon-1' }))).toEqual([]);
  });

  it('should earn nothing for an event type it does not map', () => {
    expect(rewardEarningsFor({ ...grantOf({ kind: 'points', points: 50 }), type: 'groundswell.campaigns.CampaignJoined.v1' })).toEqual([]);
  });
});
