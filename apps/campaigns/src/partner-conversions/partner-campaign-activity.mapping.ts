import { CampaignJoinedV1, createEventRegistry, PartnerCampaignJoinedV1, PartnerRewardGrantedV1, RewardGrantedV1, type EventEnvelope, type GrantedReward } from '@groundswell/events';
import type { PartnerRecordDraft } from './partner-conversion.mapping';

const registry = createEventRegistry();
const mapped = new Set<string>([CampaignJoinedV1.type, RewardGrantedV1.type]);

/**
 * What was granted, as partners see it: the coupon's own id (what a shop could redeem it by) stays
 * inside; a gift is named, never where it ships.
 */
function partnerReward(reward: GrantedReward): Record<string, unknown> {
  switch (reward.kind) {
    case 'points':
      return { kind: 'points', points: reward.points };
    case 'badge':
      return { kind: 'badge', badgeId: reward.badgeId };
    case 'coupon':
      return { kind: 'coupon', batchId: reward.batchId };
    case 'gift':
      return { kind: 'gift', item: reward.item };
  }
}

/**
 * The partner view of a member's campaign activity, keyed by the member: that they joined a
 * campaign and were granted a reward. The referral code, the community, operators and their notes
 * stay inside; the contract's parse drops anything else.
 */
export function toPartnerCampaignActivity(envelope: EventEnvelope): PartnerRecordDraft | undefined {
  if (!mapped.has(envelope.type)) return undefined;
  const event = registry.decode(envelope);
  if (CampaignJoinedV1.is(event)) {
    const { campaignId, memberId, channel, referralCode, joinedAt } = event.data;
    const data = PartnerCampaignJoinedV1.parse({ campaignId, memberId, channel, referred: referralCode !== null, joinedAt });
    return { type: PartnerCampaignJoinedV1.type, key: memberId, data };
  }
  if (RewardGrantedV1.is(event)) {
    const { grantId, campaignId, memberId, reward, reason, grantedAt } = event.data;
    const data = PartnerRewardGrantedV1.parse({ grantId, campaignId, memberId, reward: partnerReward(reward), reason: reason.kind, grantedAt });
    return { type: PartnerRewardGrantedV1.type, key: memberId, data };
  }
  return undefined;
}
