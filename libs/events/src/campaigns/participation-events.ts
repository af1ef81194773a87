import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// The campaigns service's participation events. On gs.campaigns.participation, one stream per
// (campaign, member): joining, daily check-ins and votes. One stream per campaign on
// gs.campaigns.registration (seats and the waitlist, decided in one place) and gs.campaigns.ballot.
const id = z.string().min(1).max(100);
const subject = z.string().min(1).max(200).describe('Subject of who acted (the member, an operator, or system:waitlist)');
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant');
const localDate = z.iso.date().describe('Local calendar date (YYYY-MM-DD) in the campaign\'s time zone');
const channel = z
  .enum(['community_announcement', 'push', 'partner_channel', 'kol', 'paid_ads', 'live_stream', 'offline'])
  .nullable()
  .describe('The promotion channel the member came through; null when unknown');
const participant = { campaignId: id.describe('The campaign'), memberId: id.describe('The member') };

// Generic over the shape, so each event's data type keeps its fields for consumers.
const participationEvent = <Shape extends z.ZodRawShape>(name: string, description: string, shape: Shape) =>
  defineEvent({ service: 'campaigns', name, version: 1, description, schema: z.object({ ...participant, ...shape }) });

export const CampaignJoinedV1 = participationEvent('CampaignJoined', 'A member joined a running campaign (once; retries add nothing).', {
  communityId: id.describe('The community of the campaign the member joined through'),
  channel,
  referralCode: z.string().min(1).max(64).nullable().describe('The referral code the member came with, if any'),
  joinedAt: instant,
});

export const CampaignRegistrationOpenedV1 = defineEvent({
  service: 'campaigns',
  name: 'CampaignRegistrationOpened',
  version: 1,
  description: 'An offline event of a campaign takes registrations, up to its capacity; beyond it members wait in line.',
  schema: z.object({ campaignId: id.describe('The campaign'), capacity: z.number().int().positive().describe('Seats'), openedBy: subject, openedAt: instant }),
});

export const CampaignRegistrationRequestedV1 = participationEvent('CampaignRegistrationRequested', 'A member asked for a seat at an offline event of a campaign.', {
  registrationId: id,
  requestedAt: instant,
});
export const CampaignRegistrationConfirmedV1 = participationEvent('CampaignRegistrationConfirmed', 'A member holds a seat at an offline event.', {
  registrationId: id,
  seatNumber: z.number().int().positive().describe('1-based, never above the capacity'),
  confirmedAt: instant,
});
export const CampaignRegistrationWaitlistedV1 = participationEvent('CampaignRegistrationWaitlisted', 'The event was full; the member waits in line.', {
  registrationId: id,
  position: z.number().int().positive().describe('1-based place in the waitlist when waitlisted'),
  waitlistedAt: instant,
});
export const CampaignRegistrationCancelledV1 = participationEvent('CampaignRegistrationCancelled', 'A confirmed or waitlisted registration was cancelled.', {
  registrationId: id,
  wasConfirmed: z.boolean().describe('True when a seat was freed'),
  cancelledBy: subject,
  cancelledAt: instant,
});
export const CampaignRegistrationPromotedV1 = participationEvent('CampaignRegistrationPromoted', 'The first waitlisted member got the seat a cancellation freed.', {
  registrationId: id,
  seatNumber: z.number().int().positive(),
  promotedAt: instant,
});

export const CampaignBallotOpenedV1 = defineEvent({
  service: 'campaigns',
  name: 'CampaignBallotOpened',
  version: 1,
  description: 'A vote campaign\'s options were set; members may vote once for one of them.',
  schema: z.object({
    campaignId: id.describe('The campaign'),
    options: z.array(z.object({ optionId: id, label: z.string().min(1).max(200) })).min(2).max(50),
    openedBy: subject,
    openedAt: instant,
  }),
});

export const CampaignCheckedInV1 = participationEvent('CampaignCheckedIn', 'A member checked in for a day of a check-in campaign (once a day).', {
  day: localDate,
  streak: z.number().int().positive().describe('Consecutive days including this one; a missed day restarts it at 1'),
  checkedInAt: instant,
});

export const CampaignVoteCastV1 = participationEvent('CampaignVoteCast', 'A member voted for an option of a vote campaign (once per campaign).', {
  optionId: id.describe('The option voted for'),
  castAt: instant,
});

/** Every participation event the campaigns service publishes. */
export const participationEvents = [
  CampaignJoinedV1,
  CampaignRegistrationOpenedV1,
  CampaignRegistrationRequestedV1,
  CampaignRegistrationConfirmedV1,
  CampaignRegistrationWaitlistedV1,
  CampaignRegistrationCancelledV1,
  CampaignRegistrationPromotedV1,
  CampaignCheckedInV1,
  CampaignBallotOpenedV1,
  CampaignVoteCastV1,
] as const;
