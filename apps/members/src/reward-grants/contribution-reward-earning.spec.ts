import { ContributionRewardedV1 } from '@groundswell/events';
import { rewardEarningsFor } from './reward-earnings';

describe('rewardEarningsFor a ContributionRewarded', () => {
  it('should earn the contribution\'s points with the contribution as the source, so it pays once', () => {
    const rewarded = ContributionRewardedV1.create(
      { contributionId: '0190c2f8-0000-7000-8000-0000000000b1', communityId: '0190c2f8-0000-7000-8000-00000000c001', memberId: '0190c2f8-0000-7000-8000-00000000a001', points: 15, reason: 'promoted' },
      { subject: 'contribution-0190c2f8-0000-7000-8000-0000000000b1', tenantid: 'tenant-1', streamversion: 3, time: '2026-12-10T08:00:00.000Z' },
    );
    expect(rewardEarningsFor(rewarded)).toEqual([
      { kind: 'points', memberId: '0190c2f8-0000-7000-8000-00000000a001', amount: 15, sourceRef: 'contribution:0190c2f8-0000-7000-8000-0000000000b1', sourceKind: 'content' },
    ]);
  });
});
