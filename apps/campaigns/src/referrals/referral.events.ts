import type { Reward } from '@groundswell/events';

export interface ReferralProgrammeRules {
  thresholds: Array<{ invites: number; reward: Reward }>;
  perReferrerCap: number;
  burst: { invites: number; windowMinutes: number };
}

export const referralEventTypes = {
  programmeConfigured: 'groundswell.campaigns.ReferralProgrammeConfigured.v1',
  codeIssued: 'groundswell.campaigns.ReferralCodeIssued.v1',
  accepted: 'groundswell.campaigns.ReferralAccepted.v1',
  thresholdReached: 'groundswell.campaigns.ReferralThresholdReached.v1',
  flagged: 'groundswell.campaigns.ReferrerFlagged.v1',
  flagReviewed: 'groundswell.campaigns.ReferrerFlagReviewed.v1',
} as const;

export type Disqualification = 'invitee_already_known' | 'referrer_cap_reached' | 'referrer_confirmed_fraud';
export type FlagOutcome = 'cleared' | 'confirmed';

export type ReferralProgrammeConfigured = { type: typeof referralEventTypes.programmeConfigured; data: ReferralProgrammeRules & { campaignId: string; configuredBy: string } };
export type ReferralProgrammeEvent = ReferralProgrammeConfigured;

type Referrer = { campaignId: string; referrerId: string };
export type ReferralCodeIssued = { type: typeof referralEventTypes.codeIssued; data: Referrer & { code: string; issuedBy: string; issuedAt: string } };
export type ReferralAccepted = {
  type: typeof referralEventTypes.accepted;
  data: Referrer & { inviteeId: string; qualified: boolean; disqualification: Disqualification | null; qualifiedInvites: number; acceptedBy: string; acceptedAt: string };
};
export type ReferralThresholdReached = { type: typeof referralEventTypes.thresholdReached; data: Referrer & { invites: number; reward: Reward; grantId: string; reachedAt: string } };
export type ReferrerFlagged = { type: typeof referralEventTypes.flagged; data: Referrer & { reason: 'invite_burst'; invitesInWindow: number; windowMinutes: number; flaggedAt: string } };
export type ReferrerFlagReviewed = { type: typeof referralEventTypes.flagReviewed; data: Referrer & { outcome: FlagOutcome; note: string; reviewedBy: string; reviewedAt: string } };
export type ReferrerEvent = ReferralCodeIssued | ReferralAccepted | ReferralThresholdReached | ReferrerFlagged | ReferrerFlagReviewed;

export const referralProgrammeStreamType = 'referral-programme';
export const referralProgrammeStream = (campaignId: string) => ({ streamId: `${referralProgrammeStreamType}-${campaignId}`, streamType: referralProgrammeStreamType });
export const referrerStreamType = 'referrer';
export const referrerStream = (campaignId: string, referrerId: string) => ({ streamId: `${referrerStreamType}-${campaignId}:${referrerId}`, streamType: referrerStreamType });
