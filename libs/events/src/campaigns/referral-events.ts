import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { rewardSchema } from './reward-events';

// The campaigns service's referral (fission, CMP-02) events: a campaign's referral programme on
// gs.campaigns.referral-programme; each referrer's code, invitees, thresholds and flags on
// gs.campaigns.referrer, one stream per (campaign, referrer).
const id = z.string().min(1).max(100);
const subject = z.string().min(1).max(200).describe('Subject of who acted (an operator, or system:referrals)');
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant');
const referrer = { campaignId: id.describe('The campaign'), referrerId: id.describe('The member who invites') };

export const ReferralProgrammeConfiguredV1 = defineEvent({
  service: 'campaigns',
  name: 'ReferralProgrammeConfigured',
  version: 1,
  description: 'A campaign\'s referral rules: rewards at invite thresholds, a per-referrer cap and what counts as a suspicious burst.',
  schema: z.object({
    campaignId: id,
    thresholds: z.array(z.object({ invites: z.number().int().min(1).max(10_000), reward: rewardSchema })).min(1).max(10).describe('Ascending, distinct invite counts'),
    perReferrerCap: z.number().int().min(1).max(10_000).describe('Qualified invites a referrer may earn from; later ones are recorded and earn nothing'),
    burst: z.object({ invites: z.number().int().min(2).max(1_000), windowMinutes: z.number().int().min(1).max(1_440) }).describe('This many invites within the window flags the referrer for review'),
    configuredBy: subject,
  }),
});

export const ReferralCodeIssuedV1 = defineEvent({
  service: 'campaigns',
  name: 'ReferralCodeIssued',
  version: 1,
  description: 'A member got their unguessable referral code for a campaign (once per campaign).',
  schema: z.object({ ...referrer, code: z.string().min(1).max(64).describe('What the invitee brings along'), issuedBy: subject, issuedAt: instant }),
});

export const ReferralAcceptedV1 = defineEvent({
  service: 'campaigns',
  name: 'ReferralAccepted',
  version: 1,
  description: 'A member joined through a referrer\'s code; only a qualified invite counts towards rewards.',
  schema: z.object({
    ...referrer,
    inviteeId: id.describe('The member who was invited'),
    qualified: z.boolean().describe('False when the invite earns nothing'),
    disqualification: z.enum(['invitee_already_known', 'referrer_cap_reached', 'referrer_confirmed_fraud']).nullable().describe('Why an unqualified invite earns nothing'),
    qualifiedInvites: z.number().int().nonnegative().describe('The referrer\'s qualified invites in this campaign, this one included'),
    acceptedBy: subject,
    acceptedAt: instant,
  }),
});

export const ReferralThresholdReachedV1 = defineEvent({
  service: 'campaigns',
  name: 'ReferralThresholdReached',
  version: 1,
  description: 'A referrer reached an invite threshold of the campaign; the grant pays its reward.',
  schema: z.object({ ...referrer, invites: z.number().int().positive(), reward: rewardSchema, grantId: z.uuid().describe('The reward grant it produces'), reachedAt: instant }),
});

export const ReferrerFlaggedV1 = defineEvent({
  service: 'campaigns',
  name: 'ReferrerFlagged',
  version: 1,
  description: 'A referrer\'s invites look suspicious (e.g. a burst in a short window) and await an operator\'s review.',
  schema: z.object({ ...referrer, reason: z.enum(['invite_burst']), invitesInWindow: z.number().int().positive(), windowMinutes: z.number().int().positive(), flaggedAt: instant }),
});

export const ReferrerFlagReviewedV1 = defineEvent({
  service: 'campaigns',
  name: 'ReferrerFlagReviewed',
  version: 1,
  description: 'An operator reviewed a flagged referrer: cleared (legitimate) or confirmed (fraud; no further rewards).',
  schema: z.object({ ...referrer, outcome: z.enum(['cleared', 'confirmed']), note: z.string().min(1).max(500), reviewedBy: subject, reviewedAt: instant }),
});

/** Every referral event the campaigns service publishes. */
export const referralEvents = [
  ReferralProgrammeConfiguredV1,
  ReferralCodeIssuedV1,
  ReferralAcceptedV1,
  ReferralThresholdReachedV1,
  ReferrerFlaggedV1,
  ReferrerFlagReviewedV1,
] as const;
