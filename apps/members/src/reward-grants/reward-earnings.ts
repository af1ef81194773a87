import { ContributionRewardedV1, RewardGrantedV1, type Actor, type EventEnvelope, type PointsSourceKind } from '@groundswell/events';

/** What one rewarding event earns a member: points (paid once per source reference) or a badge (awarded once). */
export type RewardEarning =
  | { kind: 'points'; memberId: string; amount: number; sourceRef: string; sourceKind: PointsSourceKind }
  | { kind: 'badge'; memberId: string; badgeId: string; reason: string };

/** The campaigns service, granting through its rewards. */
export const campaignRewardsActor: Actor = { kind: 'system', id: 'campaigns.reward-grants' };

/**
 * Each rewarding event type another service publishes, and what it earns. A new source of rewards
 * (say the content service's ContributionRewarded) is one more entry here and its topic in the consumer.
 */
export const rewardEarnings: Record<string, (envelope: EventEnvelope) => RewardEarning[]> = {
  [RewardGrantedV1.type]: (envelope) => {
    const data = RewardGrantedV1.parse(envelope.data);
    const { grantId, memberId, reward } = data;
    // The grant is the source reference: a grant delivered twice, or granted again, pays once.
    if (reward.kind === 'points') return [{ kind: 'points', memberId, amount: reward.points, sourceRef: `reward-grant:${grantId}`, sourceKind: 'campaign_reward' }];
    if (reward.kind === 'badge') return [{ kind: 'badge', memberId, badgeId: reward.badgeId, reason: `campaign ${data.campaignId}, grant ${grantId}` }];
    return []; // coupons and gifts are fulfilled by campaigns itself
  },
  // An accepted UGC contribution (content service, CNT-43): the contribution is the source, so it pays once.
  [ContributionRewardedV1.type]: (envelope) => {
    const { contributionId, memberId, points } = ContributionRewardedV1.parse(envelope.data);
    return [{ kind: 'points', memberId, amount: points, sourceRef: `contribution:${contributionId}`, sourceKind: 'content' }];
  },
};

export const rewardEarningsFor = (envelope: EventEnvelope): RewardEarning[] => rewardEarnings[envelope.type]?.(envelope) ?? [];
