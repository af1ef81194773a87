import type { AcceptReferral, InviteeFacts, IssueReferralCode, ReviewReferrerFlag } from './referrer.decider';
import { referralEventTypes, type ReferralProgrammeRules, type ReferrerEvent } from './referral.events';

export const issuedAt = '2026-12-01T00:00:00.000Z';
export const later = (minutes: number) => new Date(new Date(issuedAt).getTime() + minutes * 60_000);

export const someRules = (overrides: Partial<ReferralProgrammeRules> = {}): ReferralProgrammeRules => ({
  thresholds: [{ invites: 3, reward: { kind: 'points', points: 300 } }],
  perReferrerCap: 5,
  burst: { invites: 4, windowMinutes: 10 },
  ...overrides,
});

export const issueCommand = (overrides: Partial<IssueReferralCode> = {}): IssueReferralCode => ({
  type: 'IssueReferralCode',
  campaignId: 'campaign-1',
  referrerId: 'member-a',
  code: 'R-AAAABBBBCCCC',
  campaignStatus: 'running',
  now: new Date(issuedAt),
  by: 'u-manager',
  ...overrides,
});

export const inviteeFacts = (overrides: Partial<InviteeFacts> = {}): InviteeFacts => ({
  campaignStatus: 'running',
  rules: someRules(),
  referredBy: null,
  referrerAncestors: [],
  inviteeFirstKnownAt: later(1).toISOString(),
  ...overrides,
});

export const acceptCommand = (inviteeId: string, overrides: Partial<AcceptReferral> = {}): AcceptReferral => ({
  type: 'AcceptReferral',
  inviteeId,
  invitee: inviteeFacts(),
  now: later(60),
  by: 'u-manager',
  ...overrides,
});

export const reviewCommand = (overrides: Partial<ReviewReferrerFlag> = {}): ReviewReferrerFlag => ({
  type: 'ReviewReferrerFlag',
  outcome: 'cleared',
  note: '同一公司同事集中注册，已核实',
  now: later(120),
  by: 'u-manager',
  ...overrides,
});

export const codeIssued = (): ReferrerEvent => ({
  type: referralEventTypes.codeIssued,
  data: { campaignId: 'campaign-1', referrerId: 'member-a', code: 'R-AAAABBBBCCCC', issuedBy: 'u-manager', issuedAt },
});

export const accepted = (inviteeId: string, qualifiedInvites: number, at = later(60), qualified = true): ReferrerEvent => ({
  type: referralEventTypes.accepted,
  data: { campaignId: 'campaign-1', referrerId: 'member-a', inviteeId, qualified, disqualification: qualified ? null : 'invitee_already_known', qualifiedInvites, acceptedBy: 'u-manager', acceptedAt: at.toISOString() },
});

export const flagged = (invitesInWindow = 4): ReferrerEvent => ({
  type: referralEventTypes.flagged,
  data: { campaignId: 'campaign-1', referrerId: 'member-a', reason: 'invite_burst', invitesInWindow, windowMinutes: 10, flaggedAt: later(60).toISOString() },
});

export const flagReviewed = (outcome: 'cleared' | 'confirmed'): ReferrerEvent => ({
  type: referralEventTypes.flagReviewed,
  data: { campaignId: 'campaign-1', referrerId: 'member-a', outcome, note: '同一公司同事集中注册，已核实', reviewedBy: 'u-manager', reviewedAt: later(120).toISOString() },
});
